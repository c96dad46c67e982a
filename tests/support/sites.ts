/**
 * The two sites the end-to-end tests run against. `npm test` builds both:
 * the demo (content/lokalt) and a second municipality (tests/fixtures/annen-kommune).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { alsoLanguageOfProfile, languageOfProfile, NATIONAL_DIRS, type SiteLanguage } from '../../src/siteConfig';

export interface BuiltSite {
  dir: string;
  base: string;
  port: number;
  url: string;
  /** The local content folder the site is built from. */
  localDir: string;
  /** The written language its profile chose (`nb` or `nn`): its pages' `lang` and dictionary. */
  language: SiteLanguage;
  /** The national folder it is built from, in that language. */
  nationalDir: string;
  /**
   * The second written language it publishes beside the main one (`alsoLanguage`), under
   * `<base><also>/` (docs/adr/0018-bokmaal-og-nynorsk-side-om-side.md), or undefined.
   */
  also: SiteLanguage | undefined;
}

const site = (dir: string, base: string, port: number, localDir: string): BuiltSite => {
  const language = languageOfProfile(join(localDir, 'profil.yaml'));
  const also = alsoLanguageOfProfile(join(localDir, 'profil.yaml'));
  return { dir, base, port, url: `http://127.0.0.1:${port}${base}`, localDir, language, nationalDir: NATIONAL_DIRS[language], also };
};

/** The local content of the site in dist/: the example municipality, or a municipality's own after `npm run ny-kommune`. */
const DEMO_LOCAL_DIR = process.env.PG_LOKALT ?? 'content/lokalt';
const demoProfile = readFileSync(join(DEMO_LOCAL_DIR, 'profil.yaml'), 'utf8');
const demoBase = new URL(process.env.PG_SITE_URL || (/^siteUrl:\s*["']?([^"'\s]+)/m.exec(demoProfile)?.[1] ?? 'https://www.eksempel.kommune.no/parorende/')).pathname;

/**
 * True when dist/ is the example municipality (`example: true` in its profile). Tests that
 * expect the example's own words (its offers, its short addresses, its office) run only then;
 * the rest run for any municipality.
 */
export const DEMO_IS_EXAMPLE = /^example:\s*true\b/m.test(demoProfile);

export const FIXTURE_LOCAL_DIR = 'tests/fixtures/annen-kommune/lokalt';
export const DEMO = site('dist', demoBase.endsWith('/') ? demoBase : `${demoBase}/`, Number(process.env.PG_TEST_PORT ?? 4410), DEMO_LOCAL_DIR);
/** The test municipality: another name, office and address, and written in nynorsk. */
export const FIXTURE = site('dist-fixture', '/', Number(process.env.PG_TEST_PORT ?? 4410) + 1, FIXTURE_LOCAL_DIR);

/**
 * The written language of a built page (its site path, `/nb/tilbud/avlastning/`): the second
 * written language under `/<also>/`, else the site's. English pages (/en/) are the caller's to tell.
 */
export const writtenLanguageOf = (site: BuiltSite, path: string): SiteLanguage => (site.also && path.startsWith(`/${site.also}/`) ? site.also : site.language);

/**
 * The site of the second written language, as a site of its own: its pages are under `<base><also>/`,
 * built to `<dir>/<also>/` (undefined when the site publishes one written language).
 */
export function alsoSite(site: BuiltSite): BuiltSite | undefined {
  if (!site.also) return undefined;
  return { ...site, dir: join(site.dir, site.also), base: `${site.base}${site.also}/`, url: `${site.url}${site.also}/`, language: site.also, nationalDir: NATIONAL_DIRS[site.also], also: undefined };
}

/** Every HTML file of a built site, as the site path it is served at (`/tilbud/avlastning/`). */
export function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, path).split(sep).join('/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** The pages of a site's main written language: every page but those of its second (under `/<also>/`, see `alsoSite`). */
export const ownPages = (site: BuiltSite): string[] => builtPages(site.dir).filter((path) => !site.also || !path.startsWith(`/${site.also}/`));

export { PAGES_WITH_SCRIPTS } from './scripted-pages';

/**
 * Where a built page sends the reader on to (a short address or a moved page: a
 * meta refresh), as a path with the base; undefined for an ordinary page.
 */
export function redirectTarget(site: BuiltSite, path: string): string | undefined {
  const file = join(site.dir, path.endsWith('/') ? `${path}index.html` : path);
  // A page that only sends on has the refresh itself; the search page has one inside <noscript>.
  return /(?<!<noscript>)<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(readFileSync(file, 'utf8'))?.[1];
}
