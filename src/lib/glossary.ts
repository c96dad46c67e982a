/**
 * The glossary's words grouped under their first letter, A to Å, so the page can
 * show one heading per letter and a row of letters to jump to.
 */

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
