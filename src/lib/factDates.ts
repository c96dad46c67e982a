/**
 * When the facts on a page were last checked. A page shows contacts (phone numbers,
 * hours) and cites laws; each of those facts carries its own check date. The page's
 * «Sist kontrollert» is the oldest of them all, so a stale phone number makes every
 * page that shows it honest about it. Pure: it gets the dates, never reads files.
 */
import { findLegalReferences, type KnownLaw } from './legalText';
import { mdxToPlainText } from './readability';

/** The contact IDs an MDX body shows through `<Hjelpetelefon id="…" />`, in order, each once. */
export function contactIdsInBody(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(/<Hjelpetelefon\b[^>]*?\bid=["']([a-z0-9-]+)["'][^>]*\/?>/gu)) {
    const id = match[1] ?? '';
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * What a page or an offer shows: its contact (`contact`), every `<Hjelpetelefon />` in the
 * text, and the law sections it cites in `legalRefs`/`legalBasis` and in the text people read.
 */
export function factsShownBy(data: Record<string, unknown>, body: string, laws: readonly KnownLaw[]): { contacts: string[]; laws: { law: string; section: string }[] } {
  const fields = ((data.legalBasis ?? data.legalRefs) as { law: string; section: string }[] | undefined) ?? [];
  const text = [data.lead, data.howToGet, data.howToApply].filter((value) => typeof value === 'string').join('\n');
  const inText = findLegalReferences(`${text}\n${mdxToPlainText(body)}`, laws).flatMap((ref) => (ref.law ? [{ law: ref.law, section: ref.section }] : []));
  const contacts = [...(typeof data.contact === 'string' ? [data.contact] : []), ...contactIdsInBody(body)];
  return { contacts, laws: [...fields.map((ref) => ({ law: ref.law, section: ref.section })), ...inText] };
}

/** The key of a law section in the date table: `pbrl § 3-3`. */
export const sectionKey = (law: string, section: string) => `${law} ${section}`;

/** One fact a page shows, and when it was checked; `undefined` when no one has. */
export interface DatedFact {
  kind: 'side' | 'kontakt' | 'lov';
  /** The page ID, the contact ID, or the section key (`pbrl § 3-3`). */
  id: string;
  lastChecked: Date | undefined;
}

/** What the page shows: its own date, its contacts and its legal references. */
export interface PageFacts {
  id: string;
  lastChecked: Date;
  contacts: readonly string[];
  laws: readonly { law: string; section: string }[];
}

/** The check dates of every contact and law section, as the content gives them. */
export interface FactDates {
  contacts: ReadonlyMap<string, Date | undefined>;
  sections: ReadonlyMap<string, Date | undefined>;
}

/** The page and each distinct fact it shows, with its date. Unknown IDs are left out: the content check reports them. */
export function factsOfPage(page: PageFacts, dates: FactDates): DatedFact[] {
  const facts: DatedFact[] = [{ kind: 'side', id: page.id, lastChecked: page.lastChecked }];
  for (const id of new Set(page.contacts)) {
    if (dates.contacts.has(id)) facts.push({ kind: 'kontakt', id, lastChecked: dates.contacts.get(id) });
  }
  for (const key of new Set(page.laws.map((ref) => sectionKey(ref.law, ref.section)))) {
    if (dates.sections.has(key)) facts.push({ kind: 'lov', id: key, lastChecked: dates.sections.get(key) });
  }
  return facts;
}

export interface OldestCheck {
  /** The oldest date among the facts that have one. */
  date: Date;
  /** The fact with that date. */
  oldest: DatedFact;
  /** Facts no one has checked yet; they have no date to count, and the fact check lists them. */
  unchecked: DatedFact[];
}

/** The oldest check among the facts. The page's own fact always has a date. */
export function oldestCheck(facts: readonly DatedFact[]): OldestCheck {
  const dated = facts.filter((fact): fact is DatedFact & { lastChecked: Date } => fact.lastChecked instanceof Date);
  const oldest = dated.reduce<(DatedFact & { lastChecked: Date }) | undefined>(
    (best, fact) => (!best || fact.lastChecked.getTime() < best.lastChecked.getTime() ? fact : best),
    undefined,
  );
  if (!oldest) throw new Error('Fant ingen dato for siste kontroll: siden selv må ha lastChecked.');
  return { date: oldest.lastChecked, oldest, unchecked: facts.filter((fact) => !(fact.lastChecked instanceof Date)) };
}
