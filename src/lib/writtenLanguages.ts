/**
 * Bokmål and nynorsk side by side (docs/adr/0018-bokmaal-og-nynorsk-side-om-side.md): a
 * municipality may publish a second written language (`alsoLanguage` in the profile) beside
 * the main one. The main site is at the base (`/`), the second at `<base><lang>/`, with the same
 * site paths below it: `/tilbud/avlastning/` ↔ `/nb/tilbud/avlastning/`. The English section
 * (/en/) is the main site's only. Pure: Base.astro and the header feed it the page.
 */
import type { PageLanguage, SiteLanguage } from '../i18n/languages';
import { withBase } from './routes';

export interface WrittenLanguages {
  /** The profile's `language`: the main site, at the base. */
  main: SiteLanguage;
  /** The profile's `alsoLanguage`: the second site, at `<base><also>/`; undefined when there is none. */
  also?: SiteLanguage | undefined;
  /** The main site's base (`/`, `/parorende/`), in both builds. */
  mainBase: string;
  /**
   * Site paths of the municipality's own pages that have no version in the second written
   * language: the local offers not written in it (its page only says so) and the local guide
   * pages not written in it (shown as written, marked as the main language). The English section and the 404 page are the main site's only (`mainSiteOnly`).
   */
  withoutVersion: ReadonlySet<string>;
}

/** The second site's base: `/nb/` under `/`, `/parorende/nb/` under `/parorende/`. */
export const alsoBase = (setup: WrittenLanguages): string | undefined => (setup.also ? withBase(setup.mainBase, `/${setup.also}/`) : undefined);

/** True for a site path only the main site has, in every municipality: the English section and the 404 page. */
export const mainSiteOnly = (path: string): boolean => /^\/(en(\/|$)|404)/.test(path);

/** True for a site path the second written language has no page for. */
const mainOnly = (setup: WrittenLanguages, path: string): boolean => setup.withoutVersion.has(path) || mainSiteOnly(path);

/** The address (with its base) of a Norwegian page's version in a written language, when that page has one. */
export function versionPath(setup: WrittenLanguages, norwegianPath: string, lang: SiteLanguage): string | undefined {
  if (lang === setup.main) return withBase(setup.mainBase, norwegianPath);
  const base = lang === setup.also ? alsoBase(setup) : undefined;
  return base && !mainOnly(setup, norwegianPath) ? withBase(base, norwegianPath) : undefined;
}

/**
 * The versions of one page in every language the site has, by `hreflang`: the main written
 * language, the second one and English, each where it exists. `norwegianPath` is the page's
 * site path in Norwegian (for an English page: the Norwegian page it pairs with), `englishPath`
 * its English page. Empty when the page has no other version, or when the page itself is not
 * one (the page of an offer not written in this language), so every pair is named from both sides.
 */
export function languageVersions(
  setup: WrittenLanguages,
  page: { lang: PageLanguage; norwegianPath: string | undefined; englishPath: string | undefined },
): { hreflang: PageLanguage; path: string }[] {
  const versions: { hreflang: PageLanguage; path: string }[] = [];
  if (page.norwegianPath) {
    for (const lang of [setup.main, setup.also]) {
      const path = lang && versionPath(setup, page.norwegianPath, lang);
      if (lang && path) versions.push({ hreflang: lang, path });
    }
  }
  if (page.englishPath && page.norwegianPath) versions.push({ hreflang: 'en', path: withBase(setup.mainBase, page.englishPath) });
  if (!versions.some((version) => version.hreflang === page.lang)) return [];
  return versions.length > 1 ? versions : [];
}

/**
 * The header's link to the other written language, on a page in `lang`: its version there,
 * or, where it has none, the other site's front page. Undefined when the site has one
 * written language, and on English pages.
 */
export function otherWrittenLanguage(setup: WrittenLanguages, lang: PageLanguage, norwegianPath: string): { lang: SiteLanguage; path: string } | undefined {
  if (!setup.also || lang === 'en') return undefined;
  const other = lang === setup.main ? setup.also : setup.main;
  return { lang: other, path: versionPath(setup, norwegianPath, other) ?? versionPath(setup, '/', other)! };
}
