/**
 * Builds the guide island's props at build time: the questions, the rules for the offers
 * this municipality has, and the titles, leads, contacts and addresses the result shows.
 * Small JSON in the page; the island fetches nothing.
 */
import { href } from '../components/href';
import { dictionaries } from '../i18n';
import { offerPath, pagePath } from '../lib/routes';
import type { ContactInfo, GuideProps } from '../islands/guide/types';
import { loadGuideQuestions, loadGuideRules } from './guideData';
import { fill, getContact, getContacts, getOffers, getPages, getProfile } from './site';

const EMERGENCY_CONTACTS = ['nodnummer-113', 'legevakt'];

/** `guide.kind.vedtak` → `kindVedtak`. */
const textKey = (key: string) => key.slice('guide.'.length).replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());

export async function guideProps(): Promise<GuideProps> {
  const questions = loadGuideQuestions();
  const allRules = loadGuideRules();
  const profile = await getProfile();
  const offers = await getOffers();
  const pages = await getPages();
  const contacts = await getContacts();

  const published = offers.filter((offer) => offer.id in allRules.tilbud);
  const rules = { ...allRules, tilbud: Object.fromEntries(published.map((offer) => [offer.id, allRules.tilbud[offer.id]!])) };
  const namedPages = pages.filter((page) => allRules.sider.some((rule) => rule.id === page.id));
  const contactInfo = (data: { name: string; phone?: string | undefined; email?: string | undefined; url?: string | undefined; description?: string | undefined }): ContactInfo => ({
    name: data.name,
    phone: data.phone,
    email: data.email,
    description: data.description || undefined,
  });
  const helplines = contacts.filter((contact) => allRules.hjelpetelefoner.some((rule) => rule.id === contact.id));

  const offerInfo: GuideProps['offers'] = {};
  for (const offer of published) {
    offerInfo[offer.id] = {
      title: offer.data.title,
      lead: await fill(offer.data.lead),
      kind: offer.data.kind,
      href: href(offerPath(offer.id)),
      howToGet: await fill(offer.data.howToGet),
      contact: contactInfo(await getContact(offer.data.contact)),
    };
  }

  const text = Object.fromEntries(
    Object.entries(dictionaries.nb)
      .filter(([key]) => key.startsWith('guide.'))
      .map(([key, value]) => [textKey(key), value]),
  ) as Record<string, string>;

  return {
    questions,
    rules,
    catalogue: {
      offers: Object.fromEntries(published.map((offer) => [offer.id, { ageBands: offer.data.ageBands }])),
      pages: Object.fromEntries(namedPages.map((page) => [page.id, { audience: page.data.audience }])),
      contacts: helplines.map((contact) => contact.id),
    },
    offers: offerInfo,
    pages: Object.fromEntries(namedPages.map((page) => [page.id, { title: page.data.title, href: href(pagePath(page.id)) }])),
    contacts: Object.fromEntries(helplines.map((contact) => [contact.id, contactInfo(contact.data)])),
    emergency: EMERGENCY_CONTACTS.flatMap((id) => contacts.filter((contact) => contact.id === id).map((contact) => contactInfo(contact.data))),
    office: { name: profile.office.name, phone: profile.office.phone, email: profile.office.email, hours: profile.office.hours },
    allOffersHref: href('/tilbud/'),
    text,
  };
}

