/**
 * Legal references written in running text, such as «pasient- og brukerrettighetsloven
 * § 2-8» or «helsepersonelloven § 10 a og § 10 b», found and checked against the list of
 * known laws (content/nasjonalt/lover.yaml). Pure: it gets the laws, never reads files.
 *
 * The site only states sections that a reviewer has checked. A `§` in the text that
 * does not name a law, or names a section the list does not have, is a problem.
 */

/** A law as the law list gives it: an ID, its name and the sections pages may cite. */
export interface KnownLaw {
  id: string;
  name: string;
  sections: readonly string[];
}

/**
 * The laws of `lover.yaml` as read from disk (each section an object with `section`),
 * reduced to what the reference checks need. Entries that are not laws are skipped:
 * the schema check reports them.
 */
export function knownLaws(data: unknown): KnownLaw[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((law): KnownLaw[] => {
    if (!law || typeof law !== 'object') return [];
    const { id, name, sections } = law as { id?: unknown; name?: unknown; sections?: unknown };
    if (typeof id !== 'string' || typeof name !== 'string') return [];
    const keys = Array.isArray(sections)
      ? sections.flatMap((entry) => {
          const key = typeof entry === 'string' ? entry : (entry as { section?: unknown } | null)?.section;
          return typeof key === 'string' ? [key] : [];
        })
      : [];
    return [{ id, name, sections: keys }];
  });
}

/** One section reference found in a text. */
export interface TextReference {
  /** The ID of the law named with it, or undefined when the text names no known law. */
  law: string | undefined;
  /** The section, normalised: `§ 10a` → `§ 10 a`. */
  section: string;
  /** The words as they stand in the text, for messages. */
  quote: string;
}

/** One section number: `2-8`, `1-3 b`, `10a`, `104`. A letter after it must stand alone (a–h). */
const NUMBER = String.raw`\d+(?:-\d+)?(?:\s?[a-h](?![\p{L}\p{N}]))?`;
/** Between two sections of one list: `, `, ` og `, ` eller `, ` – `. */
const SEPARATOR = String.raw`\s*(?:,|og|eller|–|—)\s*`;
/** `§ 2-8`, `§§ 17–18`, `§ 3-3 og § 3-4`, `§ 3-1, 3-3 og 3-5`. */
const SECTION_LIST = new RegExp(String.raw`§§?\s*${NUMBER}(?:${SEPARATOR}(?:§\s*)?${NUMBER})*`, 'gu');
const ONE_NUMBER = new RegExp(NUMBER, 'gu');

/** `§ 10a` and `§  10 a` → `§ 10 a`. */
export function normaliseSection(section: string): string {
  const match = /^(?:§\s*)?(\d+(?:-\d+)?)\s?([a-h])?$/u.exec(section.trim());
  if (!match) return section.trim();
  return match[2] ? `§ ${match[1]} ${match[2]}` : `§ ${match[1]}`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Every section reference in a text, each with the law it belongs to: the law named
 * right before the list (`helsepersonelloven § 10`) or right after it
 * (`§ 2-8 i pasient- og brukerrettighetsloven`).
 */
export function findLegalReferences(text: string, laws: readonly KnownLaw[]): TextReference[] {
  const names = [...laws]
    .map((law) => ({ id: law.id, name: law.name.toLocaleLowerCase('nb') }))
    .sort((a, b) => b.name.length - a.name.length);
  const nameBefore = new RegExp(String.raw`(${names.map((law) => escape(law.name)).join('|')})\s*$`, 'iu');
  const nameAfter = new RegExp(String.raw`^\s*i\s+(${names.map((law) => escape(law.name)).join('|')})`, 'iu');
  const idOf = (found: string | undefined) =>
    found === undefined ? undefined : names.find((law) => law.name === found.toLocaleLowerCase('nb'))?.id;

  const references: TextReference[] = [];
  for (const match of text.matchAll(SECTION_LIST)) {
    const start = match.index ?? 0;
    const before = text.slice(Math.max(0, start - 200), start);
    const after = text.slice(start + match[0].length, start + match[0].length + 200);
    const law = names.length === 0 ? undefined : idOf(nameBefore.exec(before)?.[1] ?? nameAfter.exec(after)?.[1]);
    for (const number of match[0].replace(/^§§?/u, '').matchAll(ONE_NUMBER)) {
      references.push({ law, section: normaliseSection(number[0]), quote: match[0].trim() });
    }
  }
  return references;
}

/**
 * What is wrong with the references in a text, one plain sentence each; empty when
 * every reference names a known law and one of its known sections.
 */
export function checkTextReferences(text: string, laws: readonly KnownLaw[]): string[] {
  const byId = new Map(laws.map((law) => [law.id, new Set(law.sections.map(normaliseSection))]));
  const problems: string[] = [];
  for (const reference of findLegalReferences(text, laws)) {
    if (!reference.law) {
      problems.push(`«${reference.quote}» sier ikke hvilken lov det gjelder. Skriv lovens navn rett foran paragrafen.`);
      continue;
    }
    if (!byId.get(reference.law)?.has(reference.section)) {
      problems.push(`«${reference.section}» i ${reference.law} står ikke i listen over kjente paragrafer (lover.yaml).`);
    }
  }
  return problems;
}

/**
 * What is wrong with a list of structured references (`legalRefs`, `legalBasis`).
 * `field` names the field in messages.
 */
export function checkStructuredReferences(
  refs: readonly { law: string; section: string }[],
  laws: readonly KnownLaw[],
  field: string,
): string[] {
  const byId = new Map(laws.map((law) => [law.id, new Set(law.sections)]));
  const problems: string[] = [];
  refs.forEach((ref, index) => {
    const sections = byId.get(ref.law);
    if (!sections) problems.push(`${field}[${index}]: loven «${ref.law}» står ikke i lover.yaml`);
    else if (!sections.has(ref.section)) problems.push(`${field}[${index}]: «${ref.section}» står ikke blant de kjente paragrafene for ${ref.law}`);
  });
  return problems;
}
