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
 * A contact's name mid-sentence («Spør tjenestekontoret …», «Spør NAV …»): the first
 * letter in lower case, unless the name starts with an acronym.
 */
export function nameInSentence(name: string): string {
  return /^\p{Lu}{2}/u.test(name) ? name : lowerFirst(name);
}

export { lowerFirst, upperFirst };
