/**
 * The tilbudstrapp (an «innsatstrapp», as Vefsn and Ålesund describe it): every offer
 * placed on one step, from what anyone can use without asking the municipality, up to
 * what needs an application and a decision. The step follows from the offer's data,
 * so an editor never places an offer by hand. The steps' names live in the dictionary
 * (`ladder.step.<id>.*`).
 */
import type { Kind, Provider } from './vocabulary';

/** The steps, lowest threshold first. */
export const LADDER_STEPS = ['fellesskap', 'ta-kontakt', 'del-av-hjelpen', 'sok', 'sok-staten'] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

/** What the step depends on: the fields of an offer's frontmatter. */
export interface LadderFacts {
  kind: Kind;
  provider: Provider;
  partOfService?: boolean;
}

/** Providers outside the public services: you join them without asking anyone. */
const CIVIL_SOCIETY: readonly Provider[] = ['frivillig', 'organisasjon'];
/** State agencies that decide their own schemes. */
const STATE_AGENCIES: readonly Provider[] = ['nav', 'husbanken'];

/** Is it a scheme you apply for at NAV or Husbanken, who also make the decision? */
const isStateScheme = (offer: LadderFacts) => offer.kind === 'vedtak' && STATE_AGENCIES.includes(offer.provider);

/** Is it run by volunteers or an organisation, open without any application? */
const isCivilSociety = (offer: LadderFacts) => offer.kind === 'lavterskel' && CIVIL_SOCIETY.includes(offer.provider);

/** Do you get it because the person already receives services? */
const comesWithTheService = (offer: LadderFacts) => offer.kind === 'lavterskel' && offer.partOfService === true;

/** The step an offer belongs on. A decision always outranks everything else. */
export function ladderStep(offer: LadderFacts): LadderStep {
  if (isStateScheme(offer)) return 'sok-staten';
  if (offer.kind === 'vedtak') return 'sok';
  if (comesWithTheService(offer)) return 'del-av-hjelpen';
  if (isCivilSociety(offer)) return 'fellesskap';
  return 'ta-kontakt';
}

export interface LadderRung<T> {
  step: LadderStep;
  /** 1 for the lowest step that has offers, and up. */
  number: number;
  offers: T[];
}

/**
 * The steps that have offers, lowest first, each with its offers in the order given.
 * Steps without offers are left out, so the numbers always run 1, 2, 3 …
 */
export function buildLadder<T extends { data: LadderFacts }>(offers: readonly T[]): LadderRung<T>[] {
  return LADDER_STEPS.map((step) => ({ step, offers: offers.filter((offer) => ladderStep(offer.data) === step) }))
    .filter((rung) => rung.offers.length > 0)
    .map((rung, index) => ({ ...rung, number: index + 1 }));
}
