/**
 * The words that tell bokmål and nynorsk apart: each written language's words that have a
 * distinct form in the other (nynorsk.md §2a, §1). A text in one language must have none of
 * the other's. Used by tests/e2e/written-language.spec.ts (every built page) and
 * scripts/ny-kommune-test.mjs (what `npm run ny-kommune` writes for the editor).
 */
import type { SiteLanguage } from '../../src/siteConfig';

/**
 * Bokmål words with a distinct nynorsk form (nynorsk.md §2a, §1), forbidden on a nynorsk
 * site. Words both languages share («etter», «når», «også», «de», «nå» as in «reach») are not here.
 */
export const BOKMAL_WORDS = [
  'ikke', 'jeg', 'hva', 'hvem', 'hvordan', 'hvorfor', 'hvor', 'hvilken', 'hvilke', 'hvis', 'hjem', 'hjemme',
  'noen', 'noe', 'mye', 'mer', 'flere', 'fra', 'uten', 'bare', 'selv', 'samme', 'sammen', 'være', 'vært',
  'hun', 'hennes', 'dere', 'deres', 'dem', 'egen', 'eget', 'egne', 'annen', 'annet', 'hver', 'hvert', 'hele',
  'mens', 'ennå', 'fortsatt', 'omtrent', 'samt', 'ifølge', 'ble', 'kommer', 'gjøre', 'gjør', 'sier', 'vet',
  'trenger', 'finnes', 'mulig', 'vanlig', 'tilgjengelig', 'pårørende', 'tjeneste', 'tjenester', 'tjenesten',
  'tilbud', 'syk', 'sykdom', 'sykehjem', 'sykehus', 'avlastning', 'hjelpetrengende', 'rettigheter', 'tilbudstrappen',
];

/** Nynorsk words with a distinct bokmål form, forbidden on a bokmål site. */
export const NYNORSK_WORDS = [
  'ikkje', 'eg', 'kva', 'kven', 'korleis', 'kvifor', 'kvar', 'heim', 'heime', 'nokon', 'noko', 'nokre', 'mykje',
  'meir', 'fleire', 'frå', 'utan', 'berre', 'sjølv', 'saman', 'vere', 'vore', 'ho', 'hennar', 'dykk', 'dykkar',
  'deira', 'eigen', 'eige', 'eigne', 'annan', 'heile', 'medan', 'enno', 'framleis', 'òg', 'ifølgje', 'blei',
  'kjem', 'gjere', 'gjer', 'seier', 'veit', 'treng', 'finst', 'mogleg', 'vanleg', 'tilgjengeleg', 'pårørande',
  'teneste', 'tenester', 'tenesta', 'tilbod', 'sjuk', 'sjukdom', 'sjukeheim', 'sjukehus', 'avlasting', 'rettar', 'tilbodstrappa',
];

/** The words a text in each language must not have, and what the failure calls them. */
export const FORBIDDEN: Record<SiteLanguage, { name: string; words: string[] }> = {
  nn: { name: 'bokmålsord', words: BOKMAL_WORDS },
  nb: { name: 'nynorskord', words: NYNORSK_WORDS },
};

/** A word as a whole word, in any case: «Ikke» and «ikke», not «ikkevold» or «Hvemsomhelst». */
export const wordPattern = (words: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
