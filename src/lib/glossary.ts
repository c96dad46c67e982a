/**
 * The glossary's words grouped under their first letter, A to Å, so the page can
 * show one heading per letter and a row of letters to jump to; and split over two
 * pages by letter, so each fits in the first round trip (docs/ytelse.md).
 */

import { partOf, partRange } from './alphabet';

/** One letter's group: the letter as shown, its anchor and its words in order. */
export interface LetterGroup<T> {
  letter: string;
  anchor: string;
  terms: T[];
}

const ANCHOR_LETTERS: Record<string, string> = { Æ: 'ae', Ø: 'oe', Å: 'aa' };

/** The letter a word sorts under: its first letter in capitals, ignoring opening quotes. */
export function firstLetter(term: string): string {
  const letter = /\p{L}/u.exec(term)?.[0] ?? '#';
  return letter.toLocaleUpperCase('nb');
}

/** The anchor of a letter's heading: `bokstav-a`, `bokstav-ae` for Æ. Never the same as a word's ID. */
export function letterAnchor(letter: string): string {
  return `bokstav-${ANCHOR_LETTERS[letter] ?? letter.toLocaleLowerCase('nb')}`;
}

/** Groups words, already sorted, by their first letter, keeping their order. */
export function groupByLetter<T extends { term: string }>(terms: readonly T[]): LetterGroup<T>[] {
  const groups: LetterGroup<T>[] = [];
  for (const term of terms) {
    const letter = firstLetter(term.term);
    const last = groups.at(-1);
    if (last && last.letter === letter) last.terms.push(term);
    else groups.push({ letter, anchor: letterAnchor(letter), terms: [term] });
  }
  return groups;
}

/** What `similarWords` needs of a word: the name it is compared under and the offer or page it points to. */
export interface Comparable {
  compare?: string | undefined;
  see?: string | undefined;
}

/**
 * Words people mix up, to be explained side by side in a list: the words that share a
 * `compare` name and whose «see» offer is in the list, in the order given; a name with
 * fewer than two such words gives nothing to compare.
 */
export function similarWords<T extends Comparable>(terms: readonly T[], listed: ReadonlySet<string>): T[][] {
  const groups = new Map<string, T[]>();
  for (const term of terms) {
    if (!term.compare || !term.see || !listed.has(term.see)) continue;
    groups.set(term.compare, [...(groups.get(term.compare) ?? []), term]);
  }
  return [...groups.values()].filter((group) => group.length >= 2);
}

/** The content page that is the glossary's first page (content/nasjonalt/sider/ordliste.mdx). */
export const GLOSSARY_PAGE = 'ordliste';

/**
 * The glossary's pages, each from a letter up to the next page's: the first is the
 * glossary page itself (content/nasjonalt/sider/ordliste.mdx). Fixed letters, so an
 * address never moves when a word is added; a page that grows past the byte budget
 * gets split by adding one here.
 */
export const GLOSSARY_PARTS = [
  { path: '/ordliste/', from: 'A' },
  { path: '/ordliste/k-aa/', from: 'K' },
] as const;

/** The index in GLOSSARY_PARTS of the page a letter is on; anything before A is on the first. */
export const partOfLetter = (letter: string): number => partOf(GLOSSARY_PARTS, letter);

/** The letters a page covers, for its name: `A–J`, `K–Å`. */
export const partLetters = (part: number): { from: string; to: string } => partRange(GLOSSARY_PARTS, part);

/** Where a letter's heading is, from a page of the glossary: `#bokstav-a` on the same page, else with the other page's path. */
export function letterLink(letter: LetterGroup<unknown>, fromPart: number): string {
  const part = partOfLetter(letter.letter);
  return part === fromPart ? `#${letter.anchor}` : `${GLOSSARY_PARTS[part]!.path}#${letter.anchor}`;
}
