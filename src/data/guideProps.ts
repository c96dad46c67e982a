/**
 * Builds the guide's data at build time: the questions, the rules for the offers this
 * municipality has, and the titles, «slik får du det», contacts and helplines the result
 * shows. Each thing once: offers point to their contact by ID, and links are made from the
 * base path and the ID in the browser. The page writes it as one JSON block.
 */
import { dictionaries, english, language, t, type PageLanguage } from '../i18n';
import { englishOfferPath } from '../lib/english';
import { fillIn, getEnglishContacts, getEnglishOffers, getEnglishPages } from './english';
import type { ContactInfo, GuideData } from '../islands/guide/types';
import { CHILD_TARGET_GROUP } from '../lib/guide/recommend';
import { guideText } from '../lib/guide/text';
import { loadGuideQuestions, loadGuideRules } from './guideData';
import { fill, getContact, getContacts, getOffers, getPages, getProfile } from './site';
import { textLangOf, writtenLanguages } from './writtenLanguages';
import { offerPath } from '../lib/routes';
import { nameInSentence } from '../lib/profileText';

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

/**
 * The guide's data in a page language: the site's (the Norwegian guide), or English (`en`, the
 * guide under /en/): English questions and reasons, the English version of each offer (or its
 * Norwegian title, marked as Norwegian, to the English page that says it is not in English),
 * English pages where there are any, and the helplines' English words.
 */
export async function guideData(lang: PageLanguage = language): Promise<GuideData> {
  if (lang === 'en') return englishGuideData();
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
    // A local offer not written in this build's written language (docs/adr/0018): its title
    // marked as the main language, and instead of how to get it, that it is written there only.
    const mainOnly = textLangOf(offerPath(offer.id));
    offerData[offer.id] = {
      title: offer.data.title,
      howToGet: mainOnly ? t('offer.onlyIn', { language: t(`lang.nameInText.${writtenLanguages().main}`), kontor: nameInSentence(profile.office.name, 'kontor') }) : await fill(offer.data.howToGet),
      contact: offer.data.contact,
      ageBands: [...offer.data.ageBands],
      ...(mainOnly ? { lang: mainOnly } : {}),
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

async function englishGuideData(): Promise<GuideData> {
  const norwegian = await guideData(language);
  const questions = loadGuideQuestions(process.cwd(), 'en');
  const allRules = loadGuideRules(process.cwd(), 'en');
  const profile = await getProfile();
  const offers = new Map((await getEnglishOffers()).map((offer) => [offer.id, offer]));
  const englishPages = new Map((await getEnglishPages()).map((page) => [page.data.norwegian, page]));
  const englishContacts = await getEnglishContacts();
  const missing = english['en.guideNotInEnglish']!.replaceAll('{kontor}', profile.office.name);

  const offerData: GuideData['offers'] = {};
  for (const [id, info] of Object.entries(norwegian.offers)) {
    const version = offers.get(id)?.english;
    offerData[id] = version
      ? { ...info, title: version.data.title, howToGet: await fillIn(version.data.howToGet), path: englishOfferPath(id) }
      : { ...info, howToGet: missing, path: englishOfferPath(id), lang: language };
  }
  const pages: GuideData['pages'] = {};
  for (const [id, info] of Object.entries(norwegian.pages)) {
    const page = englishPages.get(`/${id}/`);
    pages[id] = page ? { ...info, title: page.data.title, path: page.id === 'index' ? '/en/' : `/en/${page.id}/` } : { ...info, lang: language };
  }
  const contacts: GuideData['contacts'] = {};
  for (const [id, info] of Object.entries(norwegian.contacts)) {
    const words = englishContacts.get(id);
    // A helpline's Norwegian description is left out unless it has English words.
    contacts[id] = { ...info, lang: language, description: info.description === undefined ? undefined : words ? `${words.explanation}: ${words.description}` : undefined };
  }
  return {
    ...norwegian,
    questions,
    rules: { ...allRules, tilbud: Object.fromEntries(Object.keys(norwegian.rules.tilbud).map((id) => [id, allRules.tilbud[id]!])) },
    offers: offerData,
    pages,
    contacts,
    office: { ...norwegian.office, hours: profile.office.hoursEnglish ?? norwegian.office.hours },
    text: guideText(english),
  };
}

/** The data as JSON that is safe inside `<script type="application/json">`: no `<` can end the element. */
export const guideDataJson = (data: GuideData): string => JSON.stringify(data).replace(/</g, '\\u003c');
