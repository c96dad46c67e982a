/**
 * Read access to the content collections for pages and components, so no page file
 * repeats a query. The only place besides content.config.ts that imports astro:content.
 */
import { resolve, sep } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { OFFICE_CONTACT_ID } from '../lib/content/check';
import { fillProfile, type ProfileWords } from '../lib/profileText';
import { factsOfPage, factsShownBy, oldestCheck, sectionKey, type FactDates } from '../lib/factDates';
import { knownLaws } from '../lib/legalText';
import type { ContactData } from '../schemas';
import { includeDrafts, localDir, nationalDir } from '../siteConfig';
import { localTextLang } from './writtenLanguages';

export type Offer = CollectionEntry<'tilbud'>;
export type GuidePage = CollectionEntry<'sider'>;

export async function getProfile() {
  const entry = await getEntry('profil', 'profil');
  if (!entry) throw new Error('Fant ikke kommunens profil (profil.yaml).');
  return entry.data;
}

export async function getProfileWords(): Promise<ProfileWords> {
  const profile = await getProfile();
  return { municipality: profile.municipality, officeName: profile.office.name };
}

/** A content string with `{kontor}`, `{Kontor}` and `{kommune}` filled in. */
export async function fill(text: string): Promise<string> {
  return fillProfile(text, await getProfileWords());
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title, 'nb');

/** An entry with `{kontor}`, `{Kontor}` and `{kommune}` filled in its title and lead. */
function withProfileWords<E extends { data: { title: string; lead: string } }>(entry: E, words: ProfileWords): E {
  return { ...entry, data: { ...entry.data, title: fillProfile(entry.data.title, words), lead: fillProfile(entry.data.lead, words) } };
}

/** Drafts are published only when drafts are built (PG_DRAFTS=1: `npm start`, `npm run dev`). */
const published = (entry: { data: { draft: boolean } }) => includeDrafts() || !entry.data.draft;

export async function getOffers(): Promise<Offer[]> {
  const words = await getProfileWords();
  return (await getCollection('tilbud', published)).map((entry) => withProfileWords(entry, words)).sort(byTitle);
}

export async function getPages(): Promise<GuidePage[]> {
  const words = await getProfileWords();
  return (await getCollection('sider', published))
    .map((entry) => withProfileWords(entry, words))
    .sort((a, b) => a.data.order - b.data.order || byTitle(a, b));
}

/**
 * The contact an offer points to; `tjenestekontor` is the profile's office. `textLang` is the
 * language of its name and hours where it differs from the page's: the office and the
 * municipality's own contacts, in the main written language, on a page of the second (docs/adr/0018).
 */
export async function getContact(id: string): Promise<ContactData & { id: string; textLang?: string | undefined }> {
  if (id === OFFICE_CONTACT_ID) {
    const { office } = await getProfile();
    return {
      id,
      name: office.name,
      kind: 'kontor',
      description: '',
      phone: office.phone,
      email: office.email,
      address: office.address,
      hours: office.hours,
      url: office.applyUrl,
      targetGroups: ['alle'],
      needs: ['informasjon'],
      sources: [{ title: 'Kommunens profil' }],
      lastChecked: new Date(),
      textLang: localTextLang(),
    };
  }
  const entry = await getEntry('kontakter', id);
  if (!entry) throw new Error(`Fant ikke kontakten «${id}».`);
  const local = entry.filePath ? resolve(entry.filePath).startsWith(resolve(localDir()) + sep) : false;
  return { id, ...entry.data, description: await fill(entry.data.description), textLang: local ? localTextLang() : undefined };
}

/**
 * The front page's entries, less those that point to an offer this municipality lacks or
 * to a draft left out of this build (the content check warns about each).
 */
export async function getFrontPage() {
  const entry = await getEntry('forside', 'forside');
  if (!entry) throw new Error(`Fant ikke forsidens innganger (${nationalDir()}/forside.yaml).`);
  const published = new Set([...(await getOffers()).map((offer) => `/tilbud/${offer.id}/`), ...(await getPages()).map((page) => `/${page.id}/`)]);
  const content = new Set([
    ...(await getCollection('sider')).map((page) => `/${page.id}/`),
    ...(await getCollection('tilbud')).map((offer) => `/tilbud/${offer.id}/`),
  ]);
  const shown = (link: { path: string }) => {
    const path = link.path.replace(/[#?].*$/, '');
    return published.has(path) || (!content.has(path) && !/^\/tilbud\/[a-z0-9-]+\/$/.test(path));
  };
  return { ...entry.data, needs: entry.data.needs.filter(shown), situations: entry.data.situations.filter(shown) };
}

export async function getContacts() {
  const words = await getProfileWords();
  return (await getCollection('kontakter')).map((entry) => ({
    ...entry,
    data: { ...entry.data, description: fillProfile(entry.data.description, words) },
  }));
}

export async function getLaws() {
  return new Map((await getCollection('lover')).map((law) => [law.id, law.data]));
}

/** When each contact and each law section was last checked. */
export async function getFactDates(): Promise<FactDates> {
  const contacts = new Map((await getCollection('kontakter')).map((entry) => [entry.id, entry.data.lastChecked as Date | undefined]));
  const sections = new Map<string, Date | undefined>();
  for (const law of await getCollection('lover')) {
    for (const entry of law.data.sections) sections.set(sectionKey(law.id, entry.section), entry.lastChecked);
  }
  return { contacts, sections };
}

/**
 * «Sist kontrollert» for a page or an offer: the oldest date among the page itself, the
 * contacts it shows (its `contact` and every `<Hjelpetelefon />`) and the law sections it
 * cites (in the fields and in the text).
 */
export async function pageLastChecked(entry: Offer | GuidePage): Promise<Date | undefined> {
  const data = entry.data as Record<string, unknown> & { lastChecked: Date | undefined };
  // Only a draft is without a date; it says so instead of showing one.
  if (!data.lastChecked) return undefined;
  const laws = knownLaws((await getCollection('lover')).map((law) => law.data));
  const shown = factsShownBy(data, entry.body ?? '', laws);
  return oldestCheck(factsOfPage({ id: entry.id, lastChecked: data.lastChecked, ...shown }, await getFactDates())).date;
}

/** Title and path of an offer or page by ID, for links between them. */
export async function getLinkTargets(): Promise<Map<string, { title: string; lead: string; path: string }>> {
  const targets = new Map<string, { title: string; lead: string; path: string }>();
  for (const offer of await getOffers()) targets.set(offer.id, { title: offer.data.title, lead: offer.data.lead, path: `/tilbud/${offer.id}/` });
  for (const page of await getPages()) targets.set(page.id, { title: page.data.title, lead: page.data.lead, path: `/${page.id}/` });
  return targets;
}

/** The glossary's words, each with the profile's words filled in, sorted as a Norwegian dictionary. */
export async function getGlossary() {
  const words = await getProfileWords();
  const sortKey = (term: string) => term.replace(/^[«"]/u, '');
  return (await getCollection('ordliste'))
    .map((entry) => ({ ...entry.data, text: fillProfile(entry.data.text, words) }))
    .sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), 'nb', { sensitivity: 'base' }));
}
