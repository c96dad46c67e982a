/**
 * Shared setup for the guide's unit tests: the real questions, rules and words, and a catalogue.
 * They are the bokmål ones (content/nasjonalt/veiviser/, src/i18n/nb) whatever the site's
 * written language is: the tests quote the national sentences, which are the same in every
 * municipality, so they check the same in the example and in a nynorsk municipality. The nynorsk
 * guide mirrors them (tests/unit/nynorsk-mirror.test.ts) and runs in the test municipality's e2e tests.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { loadGuideQuestions, loadGuideRules } from '../../../src/data/guideData';
import { dictionaries } from '../../../src/i18n';
import { Result } from '../../../src/islands/guide/Result';
import type { GuideData } from '../../../src/islands/guide/types';
import { parseFragment } from '../../../src/lib/guide/codec';
import { relevantQuestions } from '../../../src/lib/guide/flow';
import { recommend, type Catalogue } from '../../../src/lib/guide/recommend';
import { guideText } from '../../../src/lib/guide/text';
import type { Answers } from '../../../src/lib/guide/types';
import { AGE_BANDS, OFFER_IDS } from '../../../src/lib/vocabulary';

/** The written language of the questions, rules and words below. */
export const GUIDE_LANGUAGE = 'nb';
export const questions = loadGuideQuestions(process.cwd(), GUIDE_LANGUAGE);
export const rules = loadGuideRules(process.cwd(), GUIDE_LANGUAGE);

/** Every offer in offers.md, open to every age, every page the rules name, their helplines and one for children. */
export const everything: Catalogue = {
  offers: Object.fromEntries(OFFER_IDS.map((id) => [id, { ageBands: [...AGE_BANDS] }])),
  pages: Object.fromEntries(
    rules.sider.map(({ id }) => [id, { audience: id === 'for-barn' ? 'barn' : id === 'for-ungdom' ? 'ungdom' : 'voksne' }]),
  ),
  contacts: {
    ...Object.fromEntries(rules.hjelpetelefoner.map(({ id }) => [id, { groups: ['alle'] }])),
    'hjelpetelefon-for-barn': { groups: ['barn-unge'] },
  },
};

/** The IDs recommended for a fragment, in order, with no cap. */
export const offersFor = (fragment: string, catalogue: Catalogue = everything, limit = Number.POSITIVE_INFINITY): string[] =>
  recommend(parseFragment(fragment), rules, catalogue, limit).offers.map((offer) => offer.id);

export const resultFor = (fragment: string, catalogue: Catalogue = everything) => recommend(parseFragment(fragment), rules, catalogue);

/** The guide's data as the page would write it, with the real questions, rules and words, for `everything`. */
export const data: GuideData = {
  base: '/',
  questions,
  rules,
  offers: Object.fromEntries(
    Object.keys(rules.tilbud).map((id) => [id, { title: `Tilbud ${id}`, howToGet: 'Ring kontoret.', contact: 'tjenestekontor', ageBands: [...AGE_BANDS] }]),
  ),
  pages: Object.fromEntries(Object.entries(everything.pages).map(([id, page]) => [id, { title: `Side ${id}`, audience: page.audience }])),
  contacts: {
    tjenestekontor: { name: 'Tjenestekontoret', phone: '12 34 56 78' },
    'nodnummer-113': { name: 'Medisinsk nødtelefon', phone: '113' },
    legevakt: { name: 'Legevakt', phone: '116 117' },
    ...Object.fromEntries(
      Object.entries(everything.contacts).map(([id, contact]) => [id, { name: `Kontakt ${id}`, phone: '90 90 48 48', description: 'Om kontakten.', groups: [...(contact.groups ?? [])] }]),
    ),
  },
  emergency: ['nodnummer-113', 'legevakt'],
  office: { name: 'Tjenestekontoret', phone: '12 34 56 78', email: 'post@example.no', hours: 'Hverdager 8–15' },
  text: guideText(dictionaries[GUIDE_LANGUAGE]),
};

/** The result as HTML, for answers. */
export function renderResult(answers: Answers, guide: GuideData = data): string {
  const result = recommend(answers, guide.rules, { offers: guide.offers, pages: guide.pages, contacts: guide.contacts });
  return renderToString(
    h(Result, { data: guide, answers, result, relevant: relevantQuestions(guide.questions, answers), headingRef: { current: null }, onChange: () => {} }),
  );
}
