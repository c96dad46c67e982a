/**
 * Generates the Designsystemet theme from the profile's brand colour with
 * Designsystemet's own CLI, so the theme is never edited by hand. The result is
 * cached per colour under node_modules/.cache. The build then trims it to what the
 * site uses – light and dark, the colours, sizes and properties the markup and
 * stylesheets name – in src/integrations/trimCss.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const NEUTRAL = '#5a6470';

export function buildTheme(root: string, brandColor: string): string {
  const dir = resolve(root, 'node_modules/.cache/parorendeguiden', `theme-${brandColor.slice(1).toLowerCase()}`);
  const css = join(dir, 'build', 'kommune.css');
  if (existsSync(css)) return css;
  mkdirSync(dir, { recursive: true });
  const config = {
    outDir: './tokens',
    themes: {
      kommune: {
        colors: { main: { accent: brandColor }, support: {}, neutral: NEUTRAL },
        typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
        borderRadius: 4,
      },
    },
  };
  writeFileSync(join(dir, 'designsystemet.config.json'), JSON.stringify(config, null, 2));
  const cli = resolve(root, 'node_modules/.bin/designsystemet');
  const options = { cwd: dir, stdio: 'pipe' as const };
  execFileSync(cli, ['tokens', 'create', '--config', 'designsystemet.config.json'], options);
  execFileSync(cli, ['tokens', 'build', '-t', 'tokens', '-o', 'build', '--config', 'designsystemet.config.json'], options);
  if (!existsSync(css)) throw new Error(`Designsystemet lagde ikke temaet ${css}`);
  return css;
}
