/**
 * `recommend(answers)`: the offers, pages and helplines that fit, most relevant first,
 * each with the answers that led to it. Pure: the rules, and what this municipality has,
 * come in as arguments. The matching follows needs-and-wizard.md §5:
 *
 * 1. Hard filters: a dimension in `hard` that the person answered must match; a named
 *    predicate in `when` must hold. Unanswered or «vet ikke» never excludes.
 * 2. Children and youth see only offers written for their age (the offer's `ageBands`),
 *    so nothing assumes a child is the carer.
 * 3. Score: +3 per matching need, +3 for the situation, +2 for phase and burden, +6 for needing an
 *    interpreter, +1 for anything else.
 *    An offer is shown only when a need matches, a dimension in `enough` matches, or it leads
 *    a special path the person is on.
 * 4. Offers that lead the person's special path (bereaved, crisis, child) come first.
 */
import { GUIDE_DIMENSION_CODES, type GuideDimension } from '../vocabulary';
import { anyHolds } from './conditions';
import { isBereaved, isChildOrYouth, isInCrisis, PREDICATES, isPredicateName } from './predicates';
import type { Answers, GuideRules, OfferRule, SpecialPath } from './types';

/** How many offers the result shows, at most, before the ones always shown. */
export const MAX_OFFERS = 8;

/** What this municipality publishes, for the municipality filter. */
export interface Catalogue {
  /** Offer ID → the relative's age bands it is for. Offers not here are not shown. */
  offers: Readonly<Record<string, { ageBands: readonly string[] }>>;
  /** Page ID → who it is written for (`voksne`, `barn`, `ungdom`). */
  pages: Readonly<Record<string, { audience: string }>>;
  /** Contact IDs that exist. */
  contacts: readonly string[];
}

/** One answer that led to a hit: the dimension and the chosen values that matched. */
export interface Reason {
  dimension: GuideDimension;
  values: string[];
}

export interface RecommendedOffer {
  id: string;
  score: number;
  reasons: Reason[];
}

export interface Recommendation {
  /** The special paths the answers put the person on. */
  paths: SpecialPath[];
  /** Ranked and capped. */
  offers: RecommendedOffer[];
  /** How many offers fitted before the cap. */
  fitting: number;
  /** Shown to everyone, after the ranked offers (the assignment office, the municipality's page). */
  always: RecommendedOffer[];
  /** Pages on rights and situations, with the sentence saying why. */
  pages: { id: string; reason: string }[];
  /** Helplines and organisations (contact IDs). */
  helplines: string[];
}

/** Answers the person implied without being asked (needs-and-wizard.md §5.7). */
export function withImplied(answers: Answers): Answers {
  const implied: Answers = { ...answers };
  if (isBereaved(answers) && !answers.fase?.length) implied.fase = ['etter-dodsfall'];
  if (answers.behov?.includes('barn') && !answers['barn-i-familien']?.length) implied['barn-i-familien'] = ['ja'];
  if (answers.tjenester?.includes('nei') && !answers.fase?.length && !isInCrisis(answers)) implied.fase = ['for-tjenester'];
  return implied;
}

export function specialPaths(answers: Answers): SpecialPath[] {
  const paths: SpecialPath[] = [];
  if (isInCrisis(answers)) paths.push('krise');
  if (isBereaved(answers)) paths.push('etterlatt');
  if (isChildOrYouth(answers)) paths.push('barn');
  return paths;
}

/** Without an interpreter nothing else works, so a match on `sprak` counts most. */
const WEIGHTS: Partial<Record<GuideDimension, number>> = { behov: 3, fase: 2, belastning: 2, tilstand: 3, sprak: 6 };

const overlap = (given: readonly string[] | undefined, wanted: readonly string[] | undefined): string[] =>
  (given ?? []).filter((value) => (wanted ?? []).includes(value));

/** Scores one rule, or returns undefined when a hard filter excludes it. */
export function evaluate(
  rule: OfferRule,
  answers: Answers,
  paths: readonly SpecialPath[],
  effective: Answers = withImplied(answers),
): { score: number; reasons: Reason[]; qualifies: boolean; leads: boolean } | undefined {
  for (const dimension of rule.hard ?? []) {
    const given = effective[dimension];
    if (given && given.length > 0 && overlap(given, rule.match[dimension]).length === 0) return undefined;
  }
  if (rule.when !== undefined && !(isPredicateName(rule.when) && PREDICATES[rule.when](effective))) return undefined;

  let score = 0;
  let qualifies = false;
  const reasons: Reason[] = [];
  for (const dimension of GUIDE_DIMENSION_CODES) {
    const matched = overlap(effective[dimension], rule.match[dimension]);
    if (matched.length === 0) continue;
    const weight = WEIGHTS[dimension] ?? 1;
    score += dimension === 'behov' ? weight * matched.length : weight;
    if (dimension === 'behov' || rule.enough?.includes(dimension)) qualifies = true;
    const own = overlap(answers[dimension], rule.match[dimension]);
    if (own.length > 0) reasons.push({ dimension, values: own });
  }
  const leads = (rule.lead ?? []).some((path) => paths.includes(path));
  return { score, reasons, qualifies: qualifies || leads, leads };
}

export function recommend(answers: Answers, rules: GuideRules, catalogue: Catalogue, limit = MAX_OFFERS): Recommendation {
  const paths = specialPaths(answers);
  const childBand = isChildOrYouth(answers) ? answers['egen-alder']?.[0] : undefined;
  const effective = withImplied(answers);
  const ranked: (RecommendedOffer & { leads: boolean; order: number })[] = [];
  const always: RecommendedOffer[] = [];

  Object.entries(rules.tilbud).forEach(([id, rule], order) => {
    const offer = catalogue.offers[id];
    if (!offer) return;
    if (childBand && !offer.ageBands.includes(childBand)) return;
    const result = evaluate(rule, answers, paths, effective);
    if (!result) return;
    const hit = { id, score: result.score, reasons: result.reasons };
    if (rule.always) always.push(hit);
    else if (result.qualifies) ranked.push({ ...hit, leads: result.leads, order });
  });

  ranked.sort((a, b) => Number(b.leads) - Number(a.leads) || b.score - a.score || a.order - b.order);
  const pages = rules.sider
    .filter((page) => {
      const published = catalogue.pages[page.id];
      if (!published) return false;
      if (childBand) return published.audience === childBand && (!page.when || anyHolds(page.when, effective));
      return published.audience === 'voksne' && (!page.when || anyHolds(page.when, effective));
    })
    .map(({ id, reason }) => ({ id, reason }));
  const helplines = childBand
    ? []
    : rules.hjelpetelefoner.filter((line) => catalogue.contacts.includes(line.id) && (!line.when || anyHolds(line.when, effective))).map((line) => line.id);

  return {
    paths,
    offers: ranked.slice(0, limit).map(({ id, score, reasons }) => ({ id, score, reasons })),
    fitting: ranked.length,
    always,
    pages,
    helplines,
  };
}
