/** Shared setup for the guide's unit tests: the real questions and rules, and a catalogue. */
import { loadGuideQuestions, loadGuideRules } from '../../../src/data/guideData';
import { parseFragment } from '../../../src/lib/guide/codec';
import { recommend, type Catalogue } from '../../../src/lib/guide/recommend';
import { AGE_BANDS, OFFER_IDS } from '../../../src/lib/vocabulary';

export const questions = loadGuideQuestions();
export const rules = loadGuideRules();

/** Every offer in offers.md, open to every age, and every page the rules name. */
export const everything: Catalogue = {
  offers: Object.fromEntries(OFFER_IDS.map((id) => [id, { ageBands: [...AGE_BANDS] }])),
  pages: Object.fromEntries(
    rules.sider.map(({ id }) => [id, { audience: id === 'for-barn' ? 'barn' : id === 'for-ungdom' ? 'ungdom' : 'voksne' }]),
  ),
  contacts: rules.hjelpetelefoner.map(({ id }) => id),
};

/** The IDs recommended for a fragment, in order, with no cap. */
export const offersFor = (fragment: string, catalogue: Catalogue = everything, limit = Number.POSITIVE_INFINITY): string[] =>
  recommend(parseFragment(fragment), rules, catalogue, limit).offers.map((offer) => offer.id);

export const resultFor = (fragment: string, catalogue: Catalogue = everything) => recommend(parseFragment(fragment), rules, catalogue);
