/**
 * The A–Å index: entries sorted the Norwegian way (Æ, Ø, Å after Z) and grouped by
 * their first letter. Titles that open with a quote mark or a dash are filed under
 * their first letter; titles that open with a digit or a sign are filed under «#».
 */
export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ'] as const;

/** Where a title that starts with no letter is filed. */
export const OTHER = '#';

export interface LetterGroup<T> {
  letter: string;
  entries: T[];
}

/** The letter a title is filed under: the first letter after leading punctuation, upper case. */
export function letterOf(title: string): string {
  const first = title.replace(/^[\s\p{P}\p{S}]+/u, '').charAt(0).toLocaleUpperCase('nb');
  return (ALPHABET as readonly string[]).includes(first) ? first : OTHER;
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', ignorePunctuation: true });

/** Groups entries by letter in alphabet order (only letters that have entries), sorted within. */
export function groupByLetter<T>(entries: readonly T[], title: (entry: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const entry of [...entries].sort((a, b) => collator.compare(title(a), title(b)))) {
    const letter = letterOf(title(entry));
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [OTHER, ...ALPHABET].flatMap((letter) => {
    const found = groups.get(letter);
    return found ? [{ letter, entries: found }] : [];
  });
}
