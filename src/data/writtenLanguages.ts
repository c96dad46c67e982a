/**
 * The written languages this site publishes (docs/adr/0018-bokmaal-og-nynorsk-side-om-side.md),
 * read once from the profile and the build's environment, for Base.astro, the header and the
 * page of an offer not written in the second language.
 */
import { alsoLanguage, isSecondPass, mainBaseOverride, mainLanguage, withoutVersion, type SiteLanguage } from '../siteConfig';
import { offerPath, pagePath } from '../lib/routes';
import type { WrittenLanguages } from '../lib/writtenLanguages';

let setup: WrittenLanguages | undefined;

export function writtenLanguages(): WrittenLanguages {
  if (setup) return setup;
  const also = alsoLanguage();
  setup = {
    main: mainLanguage(),
    also,
    // In the second build the main site's base is given by the first; in the main build it is this one's.
    mainBase: mainBaseOverride() ?? import.meta.env.BASE_URL,
    // The local offers and guide pages not written in the second language.
    withoutVersion: new Set(also ? [...withoutVersion('tilbud', also).map(offerPath), ...withoutVersion('sider', also).map(pagePath)] : []),
  };
  return setup;
}

/**
 * The `lang` of local text that stays in the main written language on a page of the second
 * (the office's opening hours, the events, the municipality's own contacts): the main
 * language there, undefined on the main site, where it is the page's own.
 */
export const localTextLang = (): SiteLanguage | undefined => (isSecondPass() ? writtenLanguages().main : undefined);

/**
 * The `lang` of the title and lead of the page at a site path, in a list on a page of the
 * second written language: the main language for a local offer not written in the second,
 * otherwise undefined (the page's own).
 */
export const textLangOf = (path: string): SiteLanguage | undefined =>
  isSecondPass() && writtenLanguages().withoutVersion.has(path.replace(/[#?].*$/, '')) ? writtenLanguages().main : undefined;
