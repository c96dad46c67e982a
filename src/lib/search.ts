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

/**
 * The page's one-word everyday words, with their spellings without æ, ø and å: the words
 * that name the page on their own, as «fri» does Avlastning. They are indexed as their own
 * metadata field (`words`), which the ranking boosts, so a page whose everyday word is
 * exactly what was searched for ranks above one that only has it inside a phrase
 * («fri fra jobb»).
 */
export function everydayWords(searchTerms: readonly string[]): string[] {
  const single = searchTerms.map((term) => term.trim().toLocaleLowerCase('nb')).filter((term) => term && !/\s/.test(term));
  return [...new Set(single.flatMap((word) => [word, foldNorwegian(word)]))];
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

/**
 * Words that say nothing about what a page is about: pronouns, question words, helping
 * verbs, prepositions and the like. Relatives ask in whole sentences («hva har jeg rett
 * til?»), and Pagefind wants every word of a query on a page, so these words would leave
 * only the pages that happen to use all of them. They are dropped from the query, and the
 * question as a whole is searched as a phrase instead (see `planQuery`).
 * Not here: words that name a need, even short ones («fri», «rett», «syk», «hjem»), nor
 * «barn» and «søsken», which name pages of their own.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // pronouns and determiners
  'jeg', 'eg', 'meg', 'min', 'mi', 'mitt', 'mine', 'du', 'deg', 'din', 'ditt', 'dine', 'han', 'ham', 'hun', 'henne',
  'hans', 'hennes', 'vi', 'oss', 'vår', 'vårt', 'våre', 'dere', 'deres', 'de', 'dem', 'den', 'det', 'denne', 'dette',
  'disse', 'seg', 'sin', 'sitt', 'sine', 'man', 'en', 'ei', 'et', 'noen', 'noe', 'ingen', 'alle', 'all', 'alt', 'annen',
  // question words
  'hva', 'hvem', 'hvor', 'hvordan', 'hvorfor', 'når', 'hvilken', 'hvilket', 'hvilke', 'hvis',
  // helping verbs
  'er', 'var', 'være', 'vært', 'blir', 'ble', 'bli', 'blitt', 'har', 'hadde', 'ha', 'kan', 'kunne', 'vil', 'ville',
  'skal', 'skulle', 'må', 'måtte', 'bør', 'får', 'fikk', 'få',
  // prepositions, conjunctions and small adverbs
  'å', 'i', 'på', 'til', 'fra', 'med', 'om', 'av', 'for', 'hos', 'ved', 'mot', 'og', 'eller', 'men', 'at', 'som', 'så',
  'da', 'nå', 'også', 'ikke', 'bare', 'jo', 'vel', 'litt', 'mye', 'mer', 'veldig', 'enn', 'der', 'her',
  // saying and beginning, as in «hva legen sier», «har begynt å glemme»
  'sier', 'sa', 'begynt', 'begynner',
]);

/**
 * Words for who the person is to you. The pages are about the situation, not the relation:
 * «mannen min har demens» is looking for the page on dementia, which need not say «mannen».
 * They are not required words, and a phrase is also tried without them («må jeg hjelpe
 * mamma» finds «må jeg hjelpe»); a page that names the relation («mamma er syk») is found
 * by the whole phrase.
 */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'mamma', 'pappa', 'mor', 'far', 'mora', 'faren', 'moren', 'mannen', 'kona', 'kone', 'mann', 'samboer', 'samboeren',
  'sønn', 'sønnen', 'datter', 'datteren', 'bror', 'broren', 'søster', 'søsteren', 'barnet', 'barna', 'foreldrene',
  'bestemor', 'bestefar',
]);

/** The words of a query, in lower case, without the punctuation people end a question with. */
export function queryWords(query: string): string[] {
  return query
    .toLocaleLowerCase('nb')
    .replace(/[«»"“”‘’'?!.,;:()[\]{}]/g, ' ')
    .split(/\s+/)
    .filter((word) => word && /[\p{L}\p{N}]/u.test(word));
}

/** What the search page asks Pagefind for one query. */
export interface QueryPlan {
  /** The words that carry meaning, each searched on its own, and as a whole word. */
  words: string[];
  /**
   * The query as typed, as a phrase, when it is more than one word, and the same without
   * the words for people: a page that carries one of them ranks first.
   */
  phrases: string[];
}

/**
 * Turns what a person typed into searches: «hva har jeg rett til?» asks for «rett», ranks
 * pages with the word «rett» itself above pages with «rettigheter», and ranks a page that
 * carries the whole question first. A query of stop words alone is searched as it is.
 */
export function planQuery(input: string): QueryPlan {
  const all = queryWords(input);
  // A number alone («jeg er 15») is an age or a count, not what the person looks for.
  const meaning = all.filter((word) => !STOP_WORDS.has(word) && !PERSON_WORDS.has(word) && !/^\d+$/.test(word));
  const words = [...new Set(meaning.length > 0 ? meaning : all)];
  const withoutPeople = all.filter((word) => !PERSON_WORDS.has(word));
  const phrases = [all, withoutPeople].filter((phrase) => phrase.length > 1).map((phrase) => phrase.join(' '));
  return { words, phrases: [...new Set(phrases)] };
}

/** A search result as the ranking needs it: Pagefind's ID and score. */
export interface Scored {
  id: string;
  score: number;
}

/**
 * Runs a query plan through a search function (Pagefind's, or a fake in the tests) and
 * ranks what it finds. When few pages have all the words, each word is also searched on its
 * own, so a page missing one word of a long question is still found. Then:
 * 1. pages that carry the query as a phrase come first, the query as typed before the same
 *    without the words for people (see `QueryPlan.phrases`);
 * 2. then pages with more of the words;
 * 3. then pages with more of them as whole words, not only as the start of a longer word
 *    («fri» before «frivillighet»);
 * 4. then by the sum of Pagefind's scores for the words.
 */
/** With fewer pages than this that have every word, pages with some of the words are shown too. */
export const ENOUGH_WITH_ALL_WORDS = 10;

export async function searchRanked<T extends Scored>(plan: QueryPlan, search: (query: string) => Promise<T[]>): Promise<T[]> {
  const { words } = plan;
  if (words.length === 0) return [];
  const quoted = (text: string) => `"${text}"`;
  const [together = [], ...exact] = await Promise.all([search(words.join(' ')), ...words.map((word) => search(quoted(word)))]);
  // A page with the whole phrase has every word, so when no page has them all, the phrases are
  // not asked for: that would fetch the index for every small word in them («for», «å»).
  const phrases = together.length > 0 ? await Promise.all(plan.phrases.map((phrase) => search(quoted(phrase)))) : [];
  const answers = [...exact, ...phrases];
  const ids = (results: readonly T[]) => new Set(results.map((result) => result.id));
  const exactIds = answers.slice(0, words.length).map(ids);
  // The query as typed outranks the same without the words for people: «mamma er syk» is the
  // children's page, «er syk» is on many pages.
  const phraseSets = answers.slice(words.length).map(ids);
  const phraseRank = (id: string) => Math.max(0, ...phraseSets.map((set, index) => (set.has(id) ? phraseSets.length - index : 0)));
  const candidates = new Map<string, { result: T; found: number; score: number; place: number }>();
  for (const result of together) candidates.set(result.id, { result, found: words.length, score: result.score, place: candidates.size });
  // Few pages with all the words: each word on its own, so a page missing one is found too.
  if (words.length > 1 && together.length < ENOUGH_WITH_ALL_WORDS) {
    candidates.clear();
    for (const results of await Promise.all(words.map((word) => search(word)))) {
      for (const result of results) {
        const seen = candidates.get(result.id);
        if (seen) {
          seen.found += 1;
          seen.score += result.score;
        } else candidates.set(result.id, { result, found: 1, score: result.score, place: candidates.size });
      }
    }
  }
  const keyed = [...candidates.values()].map((candidate) => ({
    candidate,
    key: [phraseRank(candidate.result.id), candidate.found, exactIds.filter((set) => set.has(candidate.result.id)).length, candidate.score],
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
    return a.candidate.place - b.candidate.place;
  });
  return keyed.map(({ candidate }) => candidate.result);
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
    metaWeights: { title: 5, lead: 1, terms: 5, words: 5 },
  },
} as const;
