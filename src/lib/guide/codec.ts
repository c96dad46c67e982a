/**
 * The URL-fragment codec: answers ⇄ `#relasjon=partner&behov=avlastning,informasjon`.
 * Keys are dimension codes, values the value codes of needs-and-wizard.md §6, several
 * comma-separated. `key=` (no value) means «vet ikke / vil ikke svare».
 *
 * Parsing never throws: unknown keys and values are dropped and the rest kept, so old
 * links keep working when questions change. See docs/veiviser-lenker.md and
 * docs/adr/0001-svar-i-fragmentet.md.
 */
import { GUIDE_DIMENSION_CODES, GUIDE_DIMENSIONS, type GuideDimension } from '../vocabulary';
import type { Answers } from './types';

/** Longer fragments are cut here: a real one is a few hundred characters. */
export const MAX_FRAGMENT_LENGTH = 2000;
/** At most this many `key=value` pairs are read. */
const MAX_PAIRS = 60;

const isDimension = (key: string): key is GuideDimension => Object.hasOwn(GUIDE_DIMENSIONS, key);

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Known values of a dimension, in the vocabulary's order, without repeats. */
export function cleanValues(dimension: GuideDimension, values: Iterable<string>): string[] {
  const wanted = new Set(values);
  return (GUIDE_DIMENSIONS[dimension].values as readonly string[]).filter((value) => wanted.has(value));
}

/** Reads a fragment (with or without the leading `#`). Never throws. */
export function parseFragment(fragment: unknown): Answers {
  if (typeof fragment !== 'string') return {};
  const text = fragment.slice(0, MAX_FRAGMENT_LENGTH).replace(/^#/, '');
  const answers: Answers = {};
  for (const pair of text.split('&').slice(0, MAX_PAIRS)) {
    const equals = pair.indexOf('=');
    const key = decode(equals === -1 ? pair : pair.slice(0, equals)).trim().toLowerCase();
    if (!isDimension(key)) continue;
    const raw = equals === -1 ? '' : decode(pair.slice(equals + 1));
    const given = raw.split(',').map((value) => value.trim().toLowerCase()).filter(Boolean);
    const known = cleanValues(key, given);
    const earlier = answers[key];
    if (given.length > 0 && known.length === 0) continue;
    if (GUIDE_DIMENSIONS[key].multi) {
      answers[key] = cleanValues(key, [...(earlier ?? []), ...known]);
    } else if (earlier === undefined || earlier.length === 0) {
      // A single-answer question keeps the first real answer it is given.
      const first = given.find((value) => known.includes(value));
      answers[key] = first === undefined ? [] : [first];
    }
  }
  return answers;
}

/** Writes answers as a fragment without the leading `#`, in a fixed order. */
export function serializeAnswers(answers: Answers): string {
  return GUIDE_DIMENSION_CODES.flatMap((dimension) => {
    const values = answers[dimension];
    if (values === undefined) return [];
    const known = cleanValues(dimension, values);
    if (known.length === 0) return values.length === 0 ? [`${dimension}=`] : [];
    return [`${dimension}=${(GUIDE_DIMENSIONS[dimension].multi ? known : known.slice(0, 1)).join(',')}`];
  }).join('&');
}

/** True when the answers hold at least one question, answered or skipped. */
export const hasAnswers = (answers: Answers): boolean => Object.keys(answers).length > 0;
