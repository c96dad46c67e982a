/**
 * Read access to the English section (docs/adr/0017-engelsk-del.md): the English pages, the
 * English version of each published offer (or none), the English words about the helplines,
 * and the pairs of English and Norwegian pages for links and `hreflang`.
 * A wrong link between the languages stops the build with a Norwegian message naming the file
 * and the field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ENGLISH_DIR, localEnglishDir } from '../siteConfig';
import { fillEnglish, languagePairs } from '../lib/english';
import { getContacts, getOffers, getPages, getProfile, type Offer } from './site';

export type EnglishPage = CollectionEntry<'enSider'>;
export type EnglishOfferEntry = CollectionEntry<'enTilbud'>;

export async function fillIn(text: string): Promise<string> {
  const profile = await getProfile();
  return fillEnglish(text, profile.office.name, profile.municipality);
}

let pairs: Promise<ReturnType<typeof languagePairs>> | undefined;

export async function getEnglishPages(): Promise<EnglishPage[]> {
  const pages = await getCollection('enSider');
  const published = new Set(['/', ...(await getPages()).map((page) => `/${page.id}/`)]);
  const wrong = pages.filter((page) => !published.has(page.data.norwegian));
  if (wrong.length > 0) {
    throw new Error(wrong.map((page) => `${ENGLISH_DIR}/sider/${page.id}.mdx: norwegian: «${page.data.norwegian}» er ingen publisert side på nettstedet`).join('\n'));
  }
  return pages.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'));
}

/** One published offer and its English version, when someone has written one. */
export interface EnglishOffer {
  id: string;
  norwegian: Offer;
  english: (EnglishOfferEntry & { data: EnglishOfferEntry['data'] }) | undefined;
}

/** Every published offer with its English version or none, English ones first, each group by title. */
export async function getEnglishOffers(): Promise<EnglishOffer[]> {
  const offers = await getOffers();
  const english = new Map((await getCollection('enTilbud')).map((entry) => [entry.id, entry]));
  // An English file for an offer the municipality lacks (or a draft left out) is not published, like the offer.
  const result: EnglishOffer[] = [];
  for (const offer of offers) {
    const entry = english.get(offer.id);
    result.push({
      id: offer.id,
      norwegian: offer,
      english: entry && { ...entry, data: { ...entry.data, title: await fillIn(entry.data.title), lead: await fillIn(entry.data.lead), howToGet: await fillIn(entry.data.howToGet) } },
    });
  }
  const title = (offer: EnglishOffer) => offer.english?.data.title ?? offer.norwegian.data.title;
  return result.sort((a, b) => Number(!a.english) - Number(!b.english) || title(a).localeCompare(title(b), 'en'));
}

/** The English words about the helplines, by contact ID. */
export async function getEnglishContacts() {
  const contacts = new Map((await getContacts()).map((contact) => [contact.id, contact]));
  const english = await getCollection('enKontakter');
  const wrong = english.filter((entry) => !contacts.has(entry.id));
  if (wrong.length > 0) throw new Error(wrong.map((entry) => `${ENGLISH_DIR}/kontakter/${entry.id}.yaml: filnavnet er ingen kontakt i den nasjonale mappen`).join('\n'));
  return new Map(english.map((entry) => [entry.id, { ...entry.data, norwegian: contacts.get(entry.id)!.data }]));
}

/** The pairs of Norwegian and English pages, both ways (site paths without the base). */
export function getLanguagePairs(): Promise<ReturnType<typeof languagePairs>> {
  pairs ??= (async () => {
    const pages = await getEnglishPages();
    // Only offers written in English are pairs; the page for one that is not, links to the Norwegian page but is no alternate of it.
    const offers = (await getEnglishOffers()).filter((offer) => offer.english);
    return languagePairs(
      pages.map((page) => ({ id: page.id, norwegian: page.data.norwegian })),
      offers.map((offer) => offer.id),
    );
  })();
  return pairs;
}

export { localEnglishDir };
