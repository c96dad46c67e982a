/**
 * What the search index knows about a page besides its text, and how the search page
 * asks for it. Pure: the layouts use it to mark pages for Pagefind, the search page
 * to build its filters, and both are unit-tested in tests/unit/search.test.ts.
 */
import type { PageSection } from './vocabulary';

/** What a search result is: an offer, a page about a right, or another guide page. */
export const SEARCH_KINDS = ['tilbud', 'rettighet', 'veiledning'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The filters the search page offers, by their name in the Pagefind index. */
export const SEARCH_FILTERS = ['kind', 'need', 'targetGroup'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The kind of a guide page: pages in the rights section are rights, the rest guidance. */
export function pageKind(section: PageSection): SearchKind {
  return section === 'rettigheter' ? 'rettighet' : 'veiledning';
}

/**
 * Norwegian letters written without them, as people type on a foreign keyboard or a
 * phone in another language: «parorende» for «pårørende», «stotte» for «støtte».
 * Pagefind folds accents (å → a) but has no fold for ø and æ.
 */
export function foldNorwegian(text: string): string {
  return text
    .replace(/[æÆ]/g, (letter) => (letter === 'æ' ? 'ae' : 'AE'))
    .replace(/[øØ]/g, (letter) => (letter === 'ø' ? 'o' : 'O'))
    .replace(/[åÅ]/g, (letter) => (letter === 'å' ? 'a' : 'A'));
}

/**
 * The everyday words indexed with a page: its `searchTerms`, and the title and terms
 * as they are written without æ, ø and å when that differs. Duplicates are dropped.
 */
export function indexTerms(title: string, searchTerms: readonly string[]): string[] {
  const terms = [...searchTerms];
  for (const text of [title, ...searchTerms]) {
    const folded = foldNorwegian(text);
    if (folded !== text) terms.push(folded);
  }
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.trim().toLocaleLowerCase('nb');
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Pagefind's filter argument: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(chosen: Partial<Record<SearchFilter, readonly string[]>>): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const name of SEARCH_FILTERS) {
    const values = chosen[name] ?? [];
    if (values.length > 0) filters[name] = { any: [...values] };
  }
  return filters;
}

/** Fills `{name}` placeholders in a dictionary string on the client, where `t()` is not available. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * How the search page asks Pagefind to rank. The everyday words (`terms`) weigh more
 * than the title, so «pause» finds Avlastning before a page that says «pause» once.
 * Tuned against tests/e2e/search-queries.json.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 12,
  ranking: {
    metaWeights: { title: 5, terms: 8, lead: 1.5 },
  },
} as const;
