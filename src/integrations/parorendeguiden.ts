/**
 * The project's Astro integration: before the build it checks all content against
 * the contract (and stops with one message naming file and field), takes `site` and
 * `base` from the profile and generates the theme from its brand colour; after the
 * build it indexes the site with Pagefind.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../lib/content/check';
import { localDir, NATIONAL_DIR, siteUrlOverride } from '../siteConfig';
import { readContent } from './readContent';
import { buildTheme } from './theme';
import { indexWithPagefind } from './pagefind';
import { unified } from '@astrojs/markdown-remark';
import { remarkBaseLinks } from '../lib/content/remarkBaseLinks';

export function parorendeguiden(): AstroIntegration {
  return {
    name: 'parorendeguiden',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const local = localDir();
        const files = readContent(join(root, NATIONAL_DIR), join(root, local)).map((file) => ({
          ...file,
          file: file.file.startsWith(root) ? file.file.slice(root.length).replace(/^\/+/, '') : file.file,
        }));
        checkContent(files);
        logger.info(`innholdet er i orden: ${files.length} filer fra ${NATIONAL_DIR} og ${local}`);

        const profile = parse(readFileSync(join(root, local, 'profil.yaml'), 'utf8')) as { siteUrl: string; brandColor: string };
        const address = new URL(siteUrlOverride() ?? profile.siteUrl);
        const base = address.pathname.endsWith('/') ? address.pathname : `${address.pathname}/`;
        const theme = buildTheme(root, profile.brandColor);
        const offerIds = files.filter((file) => file.collection === 'tilbud').map((file) => file.id);
        updateConfig({
          site: address.origin,
          base,
          markdown: { processor: unified({ remarkPlugins: [[remarkBaseLinks, { base, offerIds }]] }) },
          vite: { resolve: { alias: { 'pg:theme.css': theme } } },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await indexWithPagefind(fileURLToPath(dir), logger);
      },
    },
  };
}
