/**
 * The web editor's fact check (`npm run faktasjekk`): every page, offer, contact and law
 * section with the date it was last checked, oldest first, and what needs attention —
 * older than 12 months, never checked, or no source with an address. For a page, the date
 * that counts is the oldest among the page and the facts it shows, as the page says it.
 * Pure: it gets the content files as read from disk and today's date.
 */
import type { ContentFile } from './content/check';
import { factsOfPage, factsShownBy, oldestCheck, sectionKey, type FactDates } from './factDates';
import { knownLaws } from './legalText';

export type FactKind = 'side' | 'tilbud' | 'kontakt' | 'lov';

export interface FactRow {
  kind: FactKind;
  /** Page or offer ID, contact ID, or law section (`pbrl § 3-3`). */
  id: string;
  /** What a reader knows it by. */
  title: string;
  file: string;
  /** The fact's own check date, `ÅÅÅÅ-MM-DD`; empty when never checked. */
  lastChecked: string;
  /** For pages and offers: the date the page shows, the oldest of all it shows. */
  shownDate: string;
  /** Sources with a web address, out of all sources. */
  sourcesWithUrl: number;
  sources: number;
  /** What needs the editor's attention; empty when nothing does. */
  notes: string[];
}

const MONTHS_STALE = 12;

/** `2026-12-01` for a date; empty for none. */
export function isoDate(date: Date | undefined): string {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : '';
}

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return undefined;
}

/** The day twelve months before `today`: anything checked before it is stale. */
export function staleBefore(today: Date): Date {
  const limit = new Date(today.getTime());
  limit.setUTCMonth(limit.getUTCMonth() - MONTHS_STALE);
  return limit;
}

function sourceCounts(sources: unknown): { sources: number; sourcesWithUrl: number } {
  const list = Array.isArray(sources) ? (sources as { url?: unknown }[]) : [];
  return { sources: list.length, sourcesWithUrl: list.filter((source) => typeof source?.url === 'string' && source.url.length > 0).length };
}

/** One row per page, offer, contact and law section, oldest check first; never-checked facts come first of all. */
export function factCheck(files: readonly ContentFile[], today: Date): FactRow[] {
  const limit = staleBefore(today);
  const isStale = (date: Date | undefined) => date !== undefined && date.getTime() < limit.getTime();
  const rows: FactRow[] = [];

  const lawFile = files.find((file) => file.collection === 'lover');
  const laws = knownLaws(lawFile?.data);
  const sectionDates = new Map<string, Date | undefined>();
  for (const law of Array.isArray(lawFile?.data) ? (lawFile.data as Record<string, unknown>[]) : []) {
    for (const entry of Array.isArray(law.sections) ? (law.sections as Record<string, unknown>[]) : []) {
      const key = sectionKey(String(law.id), String(entry.section));
      const date = toDate(entry.lastChecked);
      sectionDates.set(key, date);
      const counts = sourceCounts(entry.sources);
      const notes: string[] = [];
      if (!date) notes.push('ikke kontrollert');
      else if (isStale(date)) notes.push(`eldre enn ${MONTHS_STALE} måneder`);
      if (date && counts.sourcesWithUrl === 0) notes.push('ingen kilde med adresse');
      if (typeof entry.title !== 'string') notes.push('mangler tittel fra loven');
      rows.push({
        kind: 'lov',
        id: key,
        title: `${String(law.name)}${typeof entry.title === 'string' ? ` – ${entry.title}` : ''}`,
        file: lawFile?.file ?? '',
        lastChecked: isoDate(date),
        shownDate: '',
        ...counts,
        notes,
      });
    }
  }

  const contactDates = new Map<string, Date | undefined>();
  for (const file of files.filter((entry) => entry.collection === 'kontakter')) {
    const data = (file.data ?? {}) as Record<string, unknown>;
    const date = toDate(data.lastChecked);
    contactDates.set(file.id, date);
    const counts = sourceCounts(data.sources);
    const notes: string[] = [];
    if (!date) notes.push('ikke kontrollert');
    else if (isStale(date)) notes.push(`eldre enn ${MONTHS_STALE} måneder`);
    if (counts.sourcesWithUrl === 0) notes.push('ingen kilde med adresse');
    rows.push({ kind: 'kontakt', id: file.id, title: String(data.name ?? file.id), file: file.file, lastChecked: isoDate(date), shownDate: '', ...counts, notes });
  }

  const dates: FactDates = { contacts: contactDates, sections: sectionDates };
  for (const file of files.filter((entry) => entry.collection === 'sider' || entry.collection === 'tilbud')) {
    const data = (file.data ?? {}) as Record<string, unknown>;
    const own = toDate(data.lastChecked);
    const counts = sourceCounts(data.sources);
    const notes: string[] = [];
    let shown: Date | undefined;
    if (!own) notes.push('ikke kontrollert');
    else {
      const result = oldestCheck(factsOfPage({ id: file.id, lastChecked: own, ...factsShownBy(data, file.body ?? '', laws) }, dates));
      shown = result.date;
      if (isStale(shown)) {
        const cause = result.oldest.kind === 'side' ? '' : ` (på grunn av ${result.oldest.kind === 'lov' ? '' : 'kontakten '}${result.oldest.id})`;
        notes.push(`eldre enn ${MONTHS_STALE} måneder${cause}`);
      }
      if (result.unchecked.length > 0) notes.push(`viser noe som ikke er kontrollert: ${result.unchecked.map((fact) => fact.id).join(', ')}`);
    }
    if (counts.sourcesWithUrl === 0) notes.push('ingen kilde med adresse');
    rows.push({
      kind: file.collection === 'sider' ? 'side' : 'tilbud',
      id: file.id,
      title: String(data.title ?? file.id),
      file: file.file,
      lastChecked: isoDate(own),
      shownDate: isoDate(shown),
      ...counts,
      notes,
    });
  }

  const sortDate = (row: FactRow) => row.shownDate || row.lastChecked;
  return rows.sort((a, b) => {
    const [left, right] = [sortDate(a), sortDate(b)];
    if (left !== right) return left === '' ? -1 : right === '' ? 1 : left.localeCompare(right);
    return a.kind.localeCompare(b.kind, 'nb') || a.id.localeCompare(b.id, 'nb');
  });
}

const COLUMNS = ['type', 'id', 'tittel', 'fil', 'sist kontrollert', 'dato på siden', 'kilder med adresse', 'kilder', 'merknader'] as const;

function csvCell(value: string | number): string {
  const text = String(value);
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV, separated by semicolons as Norwegian spreadsheets expect, one row per fact. */
export function toCsv(rows: readonly FactRow[]): string {
  const lines = [COLUMNS.join(';')];
  for (const row of rows) {
    lines.push([row.kind, row.id, row.title, row.file, row.lastChecked, row.shownDate, row.sourcesWithUrl, row.sources, row.notes.join(' / ')].map(csvCell).join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The report for the terminal: the facts that need attention, oldest first, then a count. */
export function toText(rows: readonly FactRow[], today: Date): string {
  const attention = rows.filter((row) => row.notes.length > 0);
  const lines = [`Faktasjekk ${isoDate(today)}: ${rows.length} fakta, ${attention.length} trenger oppmerksomhet. Eldst først.`, ''];
  for (const row of attention) {
    const date = (row.shownDate || row.lastChecked || 'aldri').padEnd(10);
    lines.push(`${date}  ${row.kind.padEnd(7)} ${row.id}`);
    lines.push(`            ${row.notes.join('; ')}`);
  }
  const byKind = (kind: FactKind) => rows.filter((row) => row.kind === kind).length;
  lines.push('', `Sider: ${byKind('side')}, tilbud: ${byKind('tilbud')}, kontakter: ${byKind('kontakt')}, lovparagrafer: ${byKind('lov')}.`);
  return lines.join('\n');
}
