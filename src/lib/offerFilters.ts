/**
 * Filters for the list of all offers, without JavaScript: one static page per need
 * (`/tilbud/behov/<behov>/`) and per target group (`/tilbud/for/<målgruppe>/`),
 * made only for values that at least one offer has.
 */
import { offerFilterPath, type OfferFilterSegment } from './routes';
import { NEEDS, TARGET_GROUPS, type Need, type TargetGroup } from './vocabulary';

/** The two ways to filter, by the path segment they use. */
export const OFFER_FILTERS = {
  behov: { field: 'needs', values: NEEDS },
  for: { field: 'targetGroups', values: TARGET_GROUPS },
} as const satisfies Record<OfferFilterSegment, unknown>;

export type OfferFilter = keyof typeof OFFER_FILTERS;
export type FilterValue<F extends OfferFilter> = (typeof OFFER_FILTERS)[F]['values'][number];

export interface FilterFacts {
  needs: readonly Need[];
  targetGroups: readonly TargetGroup[];
}

/** The site path of a filter page. `filterPath('behov', 'sorg')` → `/tilbud/behov/sorg/`. */
export function filterPath<F extends OfferFilter>(filter: F, value: FilterValue<F>): string {
  return offerFilterPath(filter, value);
}

const valuesOf = (filter: OfferFilter, facts: FilterFacts): readonly string[] => facts[OFFER_FILTERS[filter].field];

/** Does the offer have this value? */
export function matchesFilter<F extends OfferFilter>(filter: F, value: FilterValue<F>, facts: FilterFacts): boolean {
  return valuesOf(filter, facts).includes(value);
}

/** The offers that have the value, in the order given. */
export function offersFor<F extends OfferFilter, T extends { data: FilterFacts }>(
  filter: F,
  value: FilterValue<F>,
  offers: readonly T[],
): T[] {
  return offers.filter((offer) => matchesFilter(filter, value, offer.data));
}

export interface FilterOption<V> {
  value: V;
  count: number;
}

/** The values that at least one offer has, in the vocabulary's order, each with its count. */
export function filterOptions<F extends OfferFilter>(filter: F, offers: readonly { data: FilterFacts }[]): FilterOption<FilterValue<F>>[] {
  const values = OFFER_FILTERS[filter].values as readonly FilterValue<F>[];
  return values
    .map((value) => ({ value, count: offersFor(filter, value, offers).length }))
    .filter((option) => option.count > 0);
}

/** Every filter page the offers call for, as site paths. */
export function filterPaths(offers: readonly { data: FilterFacts }[]): string[] {
  return (Object.keys(OFFER_FILTERS) as OfferFilter[]).flatMap((filter) =>
    filterOptions(filter, offers).map((option) => filterPath(filter, option.value)),
  );
}
