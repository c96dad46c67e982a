/**
 * Where long strings without spaces may wrap on a narrow screen. An e-mail address breaks
 * only after «@» and «.», a web address only after «/» and «.», so what is left on each
 * line can still be read and typed. The pieces are rendered with <wbr> between them
 * (src/components/Breakable.astro); the CSS keeps the browser from breaking elsewhere.
 * A phone number never wraps at all.
 */

/** The text cut after every character in `marks`; joined, the pieces are the text again. */
export function breakAfter(text: string, marks: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of text) {
    piece += char;
    if (marks.includes(char)) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** `ola@eksempel.no` → `ola@`, `eksempel.`, `no`. */
export const emailPieces = (email: string): string[] => breakAfter(email, '@.');

/** `www.eksempel.no/parorende/avlastning` → `www.`, `eksempel.`, `no/`, `parorende/`, `avlastning`. */
export const addressPieces = (address: string): string[] => breakAfter(address, '/.');

/** The `tel:` address of a phone number as people write it: `12 34 56 78` → `tel:12345678`. */
export const telHref = (phone: string): string => `tel:${phone.replace(/\s+/g, '')}`;

/** A phone number written in groups, «116 117» or «12 34 56 78», inside running text. */
const PHONE_IN_TEXT = /(?<![\d])\d{2,3}(?: \d{2,3})+(?![\d])/g;

/**
 * Running text cut into plain runs and phone numbers, so each number can be kept on one
 * line: «ring legevakten på 116 117.» → «ring legevakten på », «116 117» (phone), «.».
 */
export function phoneRuns(text: string): { text: string; phone: boolean }[] {
  const runs: { text: string; phone: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE_IN_TEXT)) {
    const start = match.index ?? 0;
    if (start > last) runs.push({ text: text.slice(last, start), phone: false });
    runs.push({ text: match[0], phone: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), phone: false });
  return runs;
}
