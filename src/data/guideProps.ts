/**
 * Builds the guide's data at build time: the questions, the rules for the offers this
 * municipality has, and the titles, «slik får du det», contacts and helplines the result
 * shows. Each thing once: offers point to their contact by ID, and links are made from the
 * base path and the ID in the browser. The page writes it as one JSON block.
 */
import { dictionaries, language } from '../i18n';
import type { ContactInfo, GuideData } from '../islands/guide/types';
import { CHILD_TARGET_GROUP } from '../lib/guide/recommend';
import { guideText } from '../lib/guide/text';
import { loadGuideQuestions, loadGuideRules } from './guideData';
import { fill, getContact, getContacts, getOffers, getPages, getProfile } from './site';

const EMERGENCY_CONTACTS = ['nodnummer-113', 'legevakt'];

interface ContactSource {
  name: string;
  kind: string;
  phone?: string | undefined;
  email?: string | undefined;
  description?: string | undefined;
  targetGroups: readonly string[];
}

/** What the result shows of a contact: a helpline also says what it helps with, and whom it is for. */
const contactInfo = (data: ContactSource): ContactInfo => {
  const helpline = data.kind === 'hjelpetelefon' || data.kind === 'organisasjon';
  return {
    name: data.name,
    phone: data.phone,
    email: data.phone ? undefined : data.email,
    description: helpline ? data.description || undefined : undefined,
    groups: helpline ? [...data.targetGroups] : undefined,
  };
};

/** A helpline written for children and young people: one the guide shows a child of its own accord. */
const isForChildren = (data: ContactSource) => data.kind === 'hjelpetelefon' && data.targetGroups.includes(CHILD_TARGET_GROUP);

export async function guideData(): Promise<GuideData> {
  const questions = loadGuideQuestions();
  const allRules = loadGuideRules();
  const profile = await getProfile();
  const offers = await getOffers();
  const pages = await getPages();
  const contacts = await getContacts();

  const published = offers.filter((offer) => offer.id in allRules.tilbud);
  const rules = { ...allRules, tilbud: Object.fromEntries(published.map((offer) => [offer.id, allRules.tilbud[offer.id]!])) };
  const namedPages = pages.filter((page) => allRules.sider.some((rule) => rule.id === page.id));

  const contactData: GuideData['contacts'] = {};
  for (const contact of contacts) {
    const named = allRules.hjelpetelefoner.some((rule) => rule.id === contact.id) || EMERGENCY_CONTACTS.includes(contact.id);
    if (named || isForChildren(contact.data)) contactData[contact.id] = contactInfo(contact.data);
  }

  const offerData: GuideData['offers'] = {};
  for (const offer of published) {
    if (!contactData[offer.data.contact]) contactData[offer.data.contact] = contactInfo(await getContact(offer.data.contact));
    offerData[offer.id] = {
      title: offer.data.title,
      howToGet: await fill(offer.data.howToGet),
      contact: offer.data.contact,
      ageBands: [...offer.data.ageBands],
    };
  }

  return {
    base: import.meta.env.BASE_URL,
    questions,
    rules,
    offers: offerData,
    pages: Object.fromEntries(namedPages.map((page) => [page.id, { title: page.data.title, audience: page.data.audience }])),
    contacts: contactData,
    emergency: EMERGENCY_CONTACTS.filter((id) => contactData[id]),
    office: { name: profile.office.name, phone: profile.office.phone, email: profile.office.email, hours: profile.office.hours },
    text: guideText(dictionaries[language]),
  };
}

/** The data as JSON that is safe inside `<script type="application/json">`: no `<` can end the element. */
export const guideDataJson = (data: GuideData): string => JSON.stringify(data).replace(/</g, '\\u003c');
