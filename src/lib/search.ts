/**
 * What the search index knows about a page besides its text, and how the search page
 * asks for it. Pure: the layouts use it to mark pages for Pagefind, the search page
 * to build its filters, and both are unit-tested in tests/unit/search.test.ts.
 */
import type { PageSection } from './vocabulary';

/** What a search result is: an offer, a page about a right, another guide page, or a course, group or café with dates. */
export const SEARCH_KINDS = ['tilbud', 'rettighet', 'veiledning', 'arrangement'] as const;
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

/** An everyday word or phrase and how much it weighs in the index (Pagefind's 0–10 scale). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** The weight of the first everyday word; every second word after it weighs one less, down to the floor. */
export const FIRST_TERM_WEIGHT = 10;
export const LAST_TERM_WEIGHT = 5;

/**
 * The everyday words indexed with a page, weighted by their place in `searchTerms`:
 * editors list the most typical words first, so «pause» weighs more on Avlastning
 * (where it comes first) than on Rullering (where it comes late). A misspelling of the
 * page's own name («avlasting» on Avlastning) weighs as much as the first word, wherever
 * it is listed. Each word is also indexed as written without æ, ø and å, at the same
 * weight, and so are the words of the title. Duplicates are dropped, keeping the first.
 */
export function indexTerms(title: string, searchTerms: readonly string[]): WeightedTerm[] {
  const weighted: WeightedTerm[] = searchTerms.map((term, place) => ({
    term: term.trim(),
    weight: misspells(term, title) ? FIRST_TERM_WEIGHT : Math.max(LAST_TERM_WEIGHT, FIRST_TERM_WEIGHT - Math.floor(place / 2)),
  }));
  const titleWords = title.split(/[^\p{L}]+/u).map((word) => ({ term: word, weight: FIRST_TERM_WEIGHT }));
  const folded = [...titleWords, ...weighted].flatMap(({ term, weight }) => {
    const plain = foldNorwegian(term);
    return plain === term ? [] : [{ term: plain, weight }];
  });
  const seen = new Set<string>();
  return [...weighted, ...folded].filter(({ term }) => {
    const key = term.toLocaleLowerCase('nb');
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a one-word term is a near spelling (one or two letters off) of a word of five letters or more in the title. */
export function misspells(term: string, title: string): boolean {
  const word = foldNorwegian(term.trim().toLocaleLowerCase('nb'));
  if (word.length < 5 || /\s/.test(word)) return false;
  return foldNorwegian(title.toLocaleLowerCase('nb'))
    .split(/[^\p{L}]+/u)
    .some((titleWord) => titleWord.length >= 5 && titleWord !== word && editDistance(word, titleWord) <= 2);
}

/** The number of single-letter edits that turn one word into the other (Levenshtein). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
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
 * How the search page asks Pagefind to rank. The everyday words are weighted where they
 * are indexed (see `indexTerms`), and a match in them, as in the title, adds to the score
 * (`metaWeights`). Tuned against tests/e2e/search-queries.json.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 12,
  // The index is small: searching on the page is fast, and saves the 12 KB worker script.
  noWorker: true,
  ranking: {
    pageLength: 1,
    metaWeights: { title: 5, lead: 1, terms: 5 },
  },
} as const;
