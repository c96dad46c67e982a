/**
 * Fills the profile's words into content text. Editors write `{kontor}` (the office's
 * name mid-sentence), `{Kontor}` (at the start of a sentence) and `{kommune}`.
 * Unknown placeholders are left as they are, so a typo shows on the page and in review.
 */
export interface ProfileWords {
  municipality: string;
  officeName: string;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('nb') + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);

export function fillProfile(text: string, words: ProfileWords): string {
  return text
    .replaceAll('{kontor}', lowerFirst(words.officeName))
    .replaceAll('{Kontor}', upperFirst(words.officeName))
    .replaceAll('{kommune}', words.municipality);
}

/**
 * A contact's name in the middle of a sentence: «Ring tjenestekontoret», «Spør fastlegen din»,
 * but «Ring Pårørendelinjen» and «Spør NAV». Offices, agencies and emergency lines are
 * common nouns and take a small letter; helplines and organisations are names and keep
 * theirs, and so does an acronym.
 */
export function nameInSentence(name: string, kind: string): string {
  if (kind === 'hjelpetelefon' || kind === 'organisasjon' || /^\p{Lu}{2}/u.test(name)) return name;
  return lowerFirst(name);
}

export { lowerFirst, upperFirst };
