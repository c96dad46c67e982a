/**
 * The groups of the offer list (`/tilbud/` and the filter pages): the tilbudstrapp's
 * steps, lowest threshold first (src/lib/offerLadder.ts), and after them, in a group of
 * their own, the offers whose only purpose is to let you have your say — user councils,
 * surveys, complaints. Like the steps, the group follows from the offer's data, so an
 * editor never places an offer by hand.
 */
import { LADDER_STEPS, ladderStep, type LadderFacts, type LadderStep } from './offerLadder';
import type { Need } from './vocabulary';

/** The group of offers where you have a say. */
export const SAY_GROUP = 'si-din-mening';

/** The groups, in the order the list shows them. */
export const OFFER_GROUPS = [...LADDER_STEPS, SAY_GROUP] as const;
export type OfferGroupId = LadderStep | typeof SAY_GROUP;

/** What the group depends on: the fields of an offer's frontmatter. */
export interface GroupFacts extends LadderFacts {
  needs: readonly Need[];
}

/** Is having a say all the offer is about: `medvirkning` is its only need (a council, a survey, a complaint)? */
export function isAboutHavingASay(offer: Pick<GroupFacts, 'needs'>): boolean {
  return offer.needs.length > 0 && offer.needs.every((need) => need === 'medvirkning');
}

/** The group an offer is listed under. */
export function offerGroup(offer: GroupFacts): OfferGroupId {
  return isAboutHavingASay(offer) ? SAY_GROUP : ladderStep(offer);
}

export interface OfferGroup<T> {
  id: OfferGroupId;
  offers: T[];
}

/** The groups that have offers, in the list's order, each with its offers in the order given. */
export function groupOffers<T extends { data: GroupFacts }>(offers: readonly T[]): OfferGroup<T>[] {
  return OFFER_GROUPS.map((id) => ({ id, offers: offers.filter((offer) => offerGroup(offer.data) === id) })).filter(
    (group) => group.offers.length > 0,
  );
}

/**
 * The most offers a list shows with their lead sentence. A longer list shows titles only,
 * so that the page with its HTML and stylesheets still fits in the first round trip
 * (14.6 KB compressed, docs/ytelse.md); the lead is one tap away, on the offer's page.
 */
export const MOST_WITH_LEAD = 16;

/** Does a list of this many offers show each offer's lead sentence? */
export function showsLeads(count: number): boolean {
  return count <= MOST_WITH_LEAD;
}
