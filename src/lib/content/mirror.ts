/**
 * The national content in another written language is a mirror: the same files under the
 * same names (so every address is the same in both languages), with the same ids,
 * codes, links and order, and only what a reader sees written anew
 * (docs/adr/0015-skriftspraak-per-kommune.md). Pure: it gets parsed data and file lists.
 */
import type { ContentProblem } from './issues';

/**
 * Fields a reader sees, written in the site's language. Everything else (ids, codes,
 * paths, related, order, phone numbers, addresses, dates, source titles and addresses,
 * legal references) must be the same in both languages.
 */
export const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'lead',
  'text',
  'name',
  'description',
  'hours',
  'howToGet',
  'howToApply',
  'price',
  'where',
  'term',
  'searchTerms',
  'azTerms',
  'reason',
  'heading',
  'help',
  'label',
  'unsure',
]);

/** Source titles are names of documents: kept exactly, though `title` is text elsewhere. */
const KEPT_UNDER = new Set(['sources']);

const describe = (value: unknown): string => (Array.isArray(value) ? 'en liste' : value && typeof value === 'object' ? 'en gruppe felter' : `«${String(value)}»`);

/**
 * The places where `translated` differs from `original` in anything but text: one line per
 * difference, `field: problem`. Empty when the non-text fields are equal.
 */
export function nonTextDifferences(original: unknown, translated: unknown, path = '', underSources = false): string[] {
  const at = path || '(hele filen)';
  if (Array.isArray(original)) {
    if (!Array.isArray(translated)) return [`${at}: skal være en liste som i originalen`];
    if (original.length !== translated.length) return [`${at}: har ${translated.length} elementer, originalen ${original.length}`];
    return original.flatMap((item, index) => nonTextDifferences(item, translated[index], `${path}[${index}]`, underSources));
  }
  if (original && typeof original === 'object' && !(original instanceof Date)) {
    if (!translated || typeof translated !== 'object' || Array.isArray(translated)) return [`${at}: skal være en gruppe felter som i originalen`];
    const a = original as Record<string, unknown>;
    const b = translated as Record<string, unknown>;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    const problems: string[] = [];
    for (const key of keysA) if (!(key in b)) problems.push(`${path ? `${path}.` : ''}${key}: mangler (finnes i originalen)`);
    for (const key of keysB) if (!(key in a)) problems.push(`${path ? `${path}.` : ''}${key}: finnes ikke i originalen`);
    for (const key of keysA) {
      if (!(key in b)) continue;
      const sources = underSources || KEPT_UNDER.has(key);
      if (TEXT_FIELDS.has(key) && !sources) continue;
      problems.push(...nonTextDifferences(a[key], b[key], `${path ? `${path}.` : ''}${key}`, sources));
    }
    return problems;
  }
  const same = original instanceof Date && translated instanceof Date ? original.getTime() === translated.getTime() : original === translated;
  return same ? [] : [`${at}: ${describe(translated)}, originalen har ${describe(original)}`];
}

/**
 * A link's target without its anchor: anchors are made from headings, which are written in
 * each language («#kan-eg-få-fri-frå-jobben»), so only the page it goes to must be the same.
 * A link to a place on the same page has no fixed part.
 */
const pageOf = (target: string): string[] => {
  const page = target.split('#')[0] ?? '';
  return page ? [`lenke ${page}`] : [];
};

/**
 * What in an MDX body must be the same in every language: the pages links go to, the
 * components with their ids, and the imports of shared texts. Sorted, so a sentence may move.
 */
export function bodyFixedParts(body: string): string[] {
  const parts = [
    ...[...body.matchAll(/\]\(([^)\s]+)/g)].flatMap((match) => pageOf(match[1] ?? '')),
    ...[...body.matchAll(/\bhref="([^"]+)"/g)].flatMap((match) => pageOf(match[1] ?? '')),
    ...[...body.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)\/?>/g)].map((match) => {
      const id = /\bid="([^"]+)"/.exec(match[2] ?? '')?.[1];
      return id ? `<${match[1]} id="${id}">` : `<${match[1]}>`;
    }),
    ...[...body.matchAll(/^import\s+.+$/gm)].map((match) => match[0].trim()),
  ];
  return parts.sort();
}

/** The differences in fixed parts between two bodies, in words. */
export function bodyDifferences(original: string, translated: string): string[] {
  const a = bodyFixedParts(original);
  const b = bodyFixedParts(translated);
  const count = (list: string[]) => list.reduce((map, part) => map.set(part, (map.get(part) ?? 0) + 1), new Map<string, number>());
  const ca = count(a);
  const cb = count(b);
  const problems: string[] = [];
  for (const [part, n] of ca) if ((cb.get(part) ?? 0) < n) problems.push(`teksten: mangler ${part} (finnes i originalen)`);
  for (const [part, n] of cb) if ((ca.get(part) ?? 0) < n) problems.push(`teksten: har ${part}, som originalen ikke har`);
  return problems;
}

/**
 * The files of the original folder that the translated folder lacks, as problems for
 * the build (a site in that language is not built with holes filled in another language).
 * Paths are relative to each folder.
 */
export function missingTranslations(originalFiles: readonly string[], translatedFiles: readonly string[], translatedDir: string, originalDir: string): ContentProblem[] {
  const have = new Set(translatedFiles);
  return originalFiles
    .filter((file) => !have.has(file))
    .sort()
    .map((file) => ({ file: `${translatedDir}/${file}`, problem: `mangler; oversett ${originalDir}/${file}` }));
}
