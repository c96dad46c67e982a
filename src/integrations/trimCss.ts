/**
 * A Vite plugin that trims Designsystemet's CSS as the site is built (src/lib/cssTrim.ts):
 * the generated theme and every Designsystemet component file keep only what this site's
 * markup and stylesheets use. What is used is read once from the source: components,
 * pages, islands and content (classes, data attributes), and from every stylesheet the
 * site loads (custom properties). Only in `astro build`; the dev server gets the whole files.
 *
 * A class name or data attribute built at run time from pieces (`ds-${name}`) cannot be
 * seen here, so the plugin stops the build when it finds one.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { markupUsage, namedProperties, purgeComponentCss, referencedProperties, renameProperties, shortPropertyNames, trimTheme, type CssUsage } from '../lib/cssTrim';

const MARKUP = /\.(astro|tsx?|mdx?|ya?ml|html)$/;
/** Code that talks about classes and attributes without putting them in markup. */
const NOT_MARKUP = /[\\/](integrations[\\/]|lib[\\/]cssTrim\.ts$)/;

function* files(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** The folder of Designsystemet's component files (`@digdir/designsystemet-css/<name>.css`). */
function componentDir(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  return dirname(require.resolve('@digdir/designsystemet-css/base.css'));
}

/** Reads what the site uses from `src/`, `public/` and the content folders. */
export function readUsage(root: string, contentDirs: readonly string[]): CssUsage & { stylesheets: string[]; namedOutsideCss: Set<string> } {
  const sourceFiles = [...files(join(root, 'src')), ...contentDirs.flatMap((dir) => [...files(join(root, dir))])];
  const markup = sourceFiles.filter((file) => MARKUP.test(file) && !NOT_MARKUP.test(file)).map((file) => readFileSync(file, 'utf8'));
  const built = markup.find((text) => /\bds-\$\{|['"`]ds-['"`]\s*\+/.test(text));
  if (built !== undefined) {
    throw new Error('En klasse fra Designsystemet er satt sammen i koden (ds-${…}). Skriv hele klassenavnet, så stilarket kan beholde den.');
  }
  const { classes, attributes } = markupUsage(markup);
  const components = componentDir(root);
  const imported = new Set(markup.flatMap((text) => [...text.matchAll(/@digdir\/designsystemet-css\/([\w-]+\.css)/g)].map((m) => m[1]!)));
  const ownCss = [...sourceFiles, ...files(join(root, 'public'))].filter((file) => file.endsWith('.css')).map((file) => readFileSync(file, 'utf8'));
  const componentCss = [...imported].map((name) => purgeComponentCss(readFileSync(join(components, name), 'utf8'), { classes, attributes }));
  const properties = new Set<string>();
  for (const css of [...ownCss, ...componentCss]) for (const prop of referencedProperties(css)) properties.add(prop);
  // A custom property named in markup or an island (a style set from code) counts as used.
  for (const text of markup) for (const [prop] of text.matchAll(/--ds-[\w-]+/g)) properties.add(prop);
  // Names that markup, scripts or the print stylesheet in public/ (which Vite never sees) use:
  // these keep their names when the stylesheets' custom properties get short ones.
  const outside = [...markup, ...[...files(join(root, 'public'))].filter((file) => file.endsWith('.css')).map((file) => readFileSync(file, 'utf8'))];
  const namedOutsideCss = new Set(outside.flatMap((text) => [...namedProperties(text)]));
  return { classes, attributes, properties, stylesheets: [...ownCss, ...componentCss], namedOutsideCss };
}

/** The plugin: trims the theme file and Designsystemet's component files when they are loaded. */
export function trimCssPlugin(options: { root: string; themeFile: string; contentDirs: readonly string[] }): Plugin[] {
  let usage: ReturnType<typeof readUsage> | undefined;
  let components: string[] = [];
  let themes: string[] = [];
  let shortNames = new Map<string, string>();
  // Vite may name a file by its real path or by the path through a symlinked node_modules.
  const both = (path: string) => [...new Set([path, realpathSync(path)])];
  const main: Plugin = {
    name: 'parorendeguiden:trim-css',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      usage = readUsage(options.root, options.contentDirs);
      components = both(componentDir(options.root));
      themes = both(options.themeFile);
      const theme = trimTheme(readFileSync(options.themeFile, 'utf8'), usage);
      shortNames = shortPropertyNames([theme, ...usage.stylesheets], usage.namedOutsideCss);
    },
    transform(code, id) {
      if (!usage) return null;
      const file = id.split('?')[0]!;
      if (themes.includes(file)) return { code: trimTheme(code, usage), map: null };
      if (file.endsWith('.css') && components.some((dir) => file.startsWith(`${dir}/`))) return { code: purgeComponentCss(code, usage), map: null };
      return null;
    },
    // Short custom-property names in every stylesheet the build writes, before Astro inlines
    // the small ones into the pages (cssTrim.ts shortPropertyNames).
    generateBundle: {
      order: 'pre',
      handler(_, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.css')) {
            file.source = renameProperties(typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source), shortNames);
          }
        }
      },
    },
  };
  // A stylesheet imported as text (`?inline`, src/islands/staffControls.ts) is a module
  // whose only content is the CSS string once Vite's CSS plugin is done: it gets the short names too.
  const inline: Plugin = {
    name: 'parorendeguiden:short-names-inline-css',
    enforce: 'post',
    apply: 'build',
    transform(code, id) {
      return /\.css\?inline$/.test(id) ? { code: renameProperties(code, shortNames), map: null } : null;
    },
  };
  return [main, inline];
}
