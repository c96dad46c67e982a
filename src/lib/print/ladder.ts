/**
 * The offers grouped as the steps of the «tilbudstrappen»: first what you simply get in
 * touch with, then what you apply to the municipality for, then the state's schemes
 * (NAV, Husbanken). Used by the general brochure.
 *
 * Kept to one small, pure function over `kind` and `provider`, so that it can be
 * swapped for the shared ladder grouping in src/lib when that lands.
 */
import type { Kind, Provider } from '../vocabulary';

export const LADDER_STEPS = ['kontakt', 'kommune', 'staten'] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

const STATE: readonly Provider[] = ['nav', 'husbanken'];

/** The step an offer stands on. */
export function ladderStep(offer: { kind: Kind; provider: Provider }): LadderStep {
  if (offer.kind === 'lavterskel') return 'kontakt';
  return STATE.includes(offer.provider) ? 'staten' : 'kommune';
}

/** The offers by step, in the ladder's order, keeping each step's order; empty steps are left out. */
export function groupByLadder<T>(offers: readonly T[], data: (offer: T) => { kind: Kind; provider: Provider }): { step: LadderStep; offers: T[] }[] {
  return LADDER_STEPS.map((step) => ({ step, offers: offers.filter((offer) => ladderStep(data(offer)) === step) })).filter(
    (group) => group.offers.length > 0,
  );
}
