/**
 * Where a page's facts come from: every page and offer names at least one source and
 * the date its facts were last checked, and every legal reference — in the fields
 * and in the text people read — names a law and a section from the law list.
 * Pure: it gets a file as read from disk and the laws, and returns what is wrong.
 */
import { checkStructuredReferences, checkTextReferences, type KnownLaw } from '../legalText';
import { mdxToPlainText } from '../readability';

/** The parts of a content file this check reads. */
export interface ProvenanceFile {
  collection: string;
  data: unknown;
  body?: string | undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

function isDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return typeof value === 'string' && DATE.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());
}

/** Problems with the sources, the date and the legal references of one page or offer. */
export function provenanceProblems(file: ProvenanceFile, laws: readonly KnownLaw[]): string[] {
  const data = (file.data ?? {}) as Record<string, unknown>;
  const problems: string[] = [];

  const sources = data.sources;
  const named = Array.isArray(sources)
    ? sources.filter((source) => typeof (source as { title?: unknown })?.title === 'string' && (source as { title: string }).title.trim())
    : [];
  // A draft is never published, and no one has checked it yet (see the schema's `draft`).
  const draft = data.draft === true;
  if (named.length === 0 && !draft) problems.push('sources: siden må ha minst én kilde med tittel');
  if (!isDate(data.lastChecked) && !draft) problems.push('lastChecked: mangler, eller er ikke en dato på formen ÅÅÅÅ-MM-DD');

  for (const field of ['legalRefs', 'legalBasis']) {
    const refs = data[field];
    if (refs === undefined) continue;
    if (!Array.isArray(refs)) {
      problems.push(`${field}: må være en liste`);
      continue;
    }
    problems.push(...checkStructuredReferences(refs as { law: string; section: string }[], laws, field));
  }

  const texts = [
    typeof data.lead === 'string' ? data.lead : '',
    typeof data.howToGet === 'string' ? data.howToGet : '',
    typeof data.howToApply === 'string' ? data.howToApply : '',
    mdxToPlainText(file.body ?? ''),
  ].join('\n');
  for (const problem of checkTextReferences(texts, laws)) problems.push(`teksten: ${problem}`);
  return problems;
}
