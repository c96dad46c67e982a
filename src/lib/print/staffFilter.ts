/**
 * The staff table's filter: by need and by target group. An offer for all relatives
 * (`alle`) fits every target group, since a relative in that group can use it too.
 */
export interface FilterableOffer {
  needs: readonly string[];
  targetGroups: readonly string[];
}

export interface OfferFilter {
  /** A need code, or empty for any. */
  need?: string;
  /** A target group code, or empty for any. */
  group?: string;
}

export function matchesFilter(offer: FilterableOffer, filter: OfferFilter): boolean {
  if (filter.need && !offer.needs.includes(filter.need)) return false;
  if (filter.group && !offer.targetGroups.includes(filter.group) && !offer.targetGroups.includes('alle')) return false;
  return true;
}
