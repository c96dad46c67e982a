/**
 * The addresses of the English section under /en/ and the pairs of English and Norwegian
 * pages (docs/adr/0017-engelsk-del.md). Pure: the data layer (src/data/english.ts) feeds it
 * the published pages and offers.
 */

/** The English section's fixed routes, each with the Norwegian page it pairs with. */
export const ENGLISH_ROUTES = {
  offers: { path: '/en/offers/', norwegian: '/tilbud/' },
  guide: { path: '/en/what-matters-to-you/', norwegian: '/hva-er-viktig-for-deg/' },
  search: { path: '/en/search/', norwegian: '/sok/' },
} as const;

/** An English page's address: `index` is the English front page, `/en/`. */
export const englishPagePath = (id: string): string => (id === 'index' ? '/en/' : `/en/${id}/`);

/** An offer's English address; the ID is the Norwegian offer's. */
export const englishOfferPath = (id: string): string => `/en/offers/${id}/`;

/** True for an address in the English section. */
export const isEnglishPath = (path: string): boolean => path === '/en/' || path.startsWith('/en/');

/**
 * Every pair of a Norwegian and an English page, both ways: the English pages (each names its
 * Norwegian page), every published offer, and the fixed routes. A Norwegian page with an
 * English page gets a link to it and `hreflang` alternates; the English page links back.
 */
export function languagePairs(pages: { id: string; norwegian: string }[], offerIds: string[]): { toEnglish: Map<string, string>; toNorwegian: Map<string, string> } {
  const toEnglish = new Map<string, string>();
  const toNorwegian = new Map<string, string>();
  const add = (norwegian: string, english: string) => {
    toEnglish.set(norwegian, english);
    toNorwegian.set(english, norwegian);
  };
  for (const page of pages) add(page.norwegian, englishPagePath(page.id));
  for (const route of Object.values(ENGLISH_ROUTES)) add(route.norwegian, route.path);
  for (const id of offerIds) add(`/tilbud/${id}/`, englishOfferPath(id));
  return { toEnglish, toNorwegian };
}

/** An English text with the office's name filled in: a proper name in English, as the profile writes it. */
export const fillEnglish = (text: string, officeName: string, municipality: string): string =>
  text.replaceAll('{kontor}', officeName).replaceAll('{Kontor}', officeName).replaceAll('{kommune}', municipality);
