/**
 * Turns zod issues into lines an editor can act on: `file: field: problem`.
 * The first line of the whole message is fixed, so tests (and people) can find it.
 */
import type { z } from 'astro/zod';

export const CONTENT_ERROR_HEADING = 'Innholdet har feil, og nettstedet ble ikke bygget. Rett dette:';

/** A field path as an editor reads it: `legalBasis[0].section`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function quoteList(values: readonly unknown[]): string {
  return values.map((value) => `«${String(value)}»`).join(', ');
}

function describeValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `«${value.length > 60 ? `${value.slice(0, 60)}…` : value}»`;
  if (Array.isArray(value)) return 'en liste';
  if (value === null) return 'tomt';
  if (typeof value === 'object') return 'en gruppe felter';
  return `«${String(value)}»`;
}

/** The hint for a value YAML read as nothing: the common slip is an unquoted `#` (a comment). */
export const COMMENT_HINT =
  'Skrev du noe etter kolon? En verdi som begynner med # leser YAML som en kommentar: sett verdien i anførselstegn, for eksempel "#9b1c31"';

/** The hint for a value YAML read as a number, a date or yes/no where text is wanted. */
export const QUOTE_HINT = 'sett verdien i anførselstegn';

/** One issue as one line of Norwegian, without the file name. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = formatPath(issue.path);
  const where = field ? `${field}: ` : '';
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${where}mangler (feltet må være med)`;
      if (input === null) return `${where}er tomt. ${COMMENT_HINT}`;
      if (issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean' || input instanceof Date)) {
        const read = typeof input === 'number' ? 'et tall' : input instanceof Date ? 'en dato' : 'ja eller nei';
        const shown = input instanceof Date ? input.toISOString().slice(0, 10) : String(input);
        return `${where}${describeValue(input)} leses som ${read}, men skal være tekst: ${QUOTE_HINT}, slik: "${shown}"`;
      }
      if (issue.message && !issue.message.startsWith('Invalid input')) return `${where}${issue.message}`;
      return `${where}har feil type: ${describeValue(input)} (skal være ${expectedName(issue.expected)})`;
    case 'invalid_value':
      return `${where}${describeValue(input)} er ikke en kjent verdi. Bruk en av: ${quoteList(issue.values)}`;
    case 'unrecognized_keys':
      return `${where}ukjent felt ${quoteList(issue.keys)}. Sjekk stavingen, eller fjern feltet`;
    case 'invalid_union':
      return `${where}${issue.message.startsWith('Invalid input') ? 'har en verdi som ikke passer' : issue.message}`;
    default:
      return `${where}${issue.message}`;
  }
}

function expectedName(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'et tall',
    boolean: 'true eller false',
    array: 'en liste',
    object: 'en gruppe felter',
    date: 'en dato på formen ÅÅÅÅ-MM-DD',
  };
  return names[expected] ?? expected;
}

/** A content problem in one file. */
export interface ContentProblem {
  /** The file, relative to the project. */
  file: string;
  /** The problem, starting with the field. */
  problem: string;
}

/** Thrown when content breaks the contract; its message is the whole report. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return [CONTENT_ERROR_HEADING, ...problems.map(({ file, problem }) => `${file}: ${problem}`)].join('\n');
}
