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

/** One name in the A–Å index: the pages and offers filed under it. */
export interface AzEntry<T> {
  kind: 'entry';
  name: string;
  /** The anchor «se» lines point to: `az-demens`. */
  anchor: string;
  items: T[];
}

/** Another name for an entry: «Alzheimer, se Demens». */
export interface AzSee {
  kind: 'see';
  name: string;
  see: string;
  anchor: string;
}

export type AzLine<T> = AzEntry<T> | AzSee;

/** The key two names share when they are the same word: case, accents and punctuation aside. */
export function nameKey(name: string): string {
  return name
    .toLocaleLowerCase('nb')
    .normalize('NFD')
    .replace(/[\u0300-\u0309\u030b-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An anchor for a name: `Særlig tyngende omsorg` → `az-saerlig-tyngende-omsorg`. */
export function nameAnchor(name: string): string {
  const plain = nameKey(name).replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
  return `az-${plain.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/**
 * The A–Å index: each item filed under the first of its names (its `azTerms`, or its title
 * when it has none), items with the same name together under one entry, and every further
 * name as a «se» line to the entry. A further name that is itself an entry's name is left
 * out, so a thing is never listed twice under two names. Grouped by letter, sorted within.
 */
export function azIndex<T>(items: readonly T[], names: (item: T) => readonly string[]): LetterGroup<AzLine<T>>[] {
  const entries = new Map<string, AzEntry<T>>();
  for (const item of items) {
    const name = names(item)[0];
    if (!name) continue;
    const key = nameKey(name);
    const entry = entries.get(key);
    if (entry) entry.items.push(item);
    else entries.set(key, { kind: 'entry', name, anchor: nameAnchor(name), items: [item] });
  }
  const sees = new Map<string, AzSee>();
  for (const item of items) {
    const [first, ...others] = names(item);
    if (!first) continue;
    const entry = entries.get(nameKey(first))!;
    for (const other of others) {
      const key = nameKey(other);
      if (!entries.has(key) && !sees.has(key)) sees.set(key, { kind: 'see', name: other, see: entry.name, anchor: entry.anchor });
    }
  }
  return groupByLetter<AzLine<T>>([...entries.values(), ...sees.values()], (line) => line.name);
}

/** A page of a list split by letter: its address and the first letter on it. */
export interface LetterPart {
  path: string;
  from: string;
}

/** The index of the page a letter is on; anything before the first page's letter (such as «#») is on the first. */
export function partOf(parts: readonly LetterPart[], letter: string): number {
  let part = 0;
  parts.forEach((candidate, index) => {
    if (letter !== OTHER && letter.localeCompare(candidate.from, 'nb', { sensitivity: 'base' }) >= 0) part = index;
  });
  return part;
}

/** The letters a page covers, for its name: `A–L`, `M–Å`. */
export function partRange(parts: readonly LetterPart[], part: number): { from: string; to: string } {
  const next = parts[part + 1];
  const to = next ? ALPHABET[ALPHABET.indexOf(next.from as (typeof ALPHABET)[number]) - 1]! : ALPHABET[ALPHABET.length - 1]!;
  return { from: parts[part]!.from, to };
}

/**
 * The A–Å index's pages. Fixed letters, so an address never moves when an entry is added;
 * each page has to fit the first round trip (docs/ytelse.md), and a page that grows past
 * it gets split by adding one here.
 */
export const AZ_PARTS: readonly LetterPart[] = [
  { path: '/a-a/', from: 'A' },
  { path: '/a-a/m-aa/', from: 'M' },
];
