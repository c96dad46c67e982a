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
 * 5. Reasons and pages rest on the person's own answers only, never on an implied one, so
 *    the result never says «du svarte …» about something the person did not say.
 * 6. A child or a young person gets the helplines written for children and young people
 *    (contacts with the target group `barn-unge`), not the ones for adult carers.
 */
import { GUIDE_DIMENSION_CODES, type GuideDimension } from '../vocabulary';
import { anyHolds, holds } from './conditions';
import { isBereaved, isChildOrYouth, isInCrisis, PREDICATES, isPredicateName } from './predicates';
import type { Answers, GuideRules, OfferRule, SpecialPath } from './types';

/** How many offers the result shows as cards; the rest that fit are listed under «N andre passer også». */
export const MAX_OFFERS = 5;

/** The target group of contacts written for children and young people (vocabulary `TARGET_GROUPS`). */
export const CHILD_TARGET_GROUP = 'barn-unge';

/** What this municipality publishes, for the municipality filter. */
export interface Catalogue {
  /** Offer ID → the relative's age bands it is for. Offers not here are not shown. */
  offers: Readonly<Record<string, { ageBands: readonly string[] }>>;
  /** Page ID → who it is written for (`voksne`, `barn`, `ungdom`). */
  pages: Readonly<Record<string, { audience: string }>>;
  /**
   * Contact ID → the contact; `groups` (its target groups) is set on the helplines, the only
   * contacts a child is shown of its own accord. A helpline the rules name is shown only if it is here.
   */
  contacts: Readonly<Record<string, { groups?: readonly string[] | undefined }>>;
}

/** One answer that led to a hit: the dimension and the values the person chose that matched. */
export interface Reason {
  dimension: GuideDimension;
  values: string[];
}

export interface RecommendedOffer {
  id: string;
  score: number;
  /** The person's own answers behind the hit, the strongest first. Implied answers are never here. */
  reasons: Reason[];
}

export interface RecommendedPage {
  id: string;
  /** The sentence saying why, from the rule; `{svar}` stands for the answers in `because`. */
  reason: string;
  /** The person's own answers that made the page fit; empty for a page shown to everyone. */
  because: Reason[];
}

export interface Recommendation {
  /** The special paths the answers put the person on. */
  paths: SpecialPath[];
  /** The best ones, ranked and capped: shown as cards. */
  offers: RecommendedOffer[];
  /** The rest that fit, in the same order: «N andre passer også». */
  others: RecommendedOffer[];
  /** How many offers fitted before the cap (`offers` and `others` together). */
  fitting: number;
  /** Shown to everyone, after the ranked offers (the assignment office, the municipality's page). */
  always: RecommendedOffer[];
  /** Pages on rights and situations, with the sentence saying why. */
  pages: RecommendedPage[];
  /** Helplines and organisations (contact IDs); for a child or a young person, the ones written for them. */
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

/** How much a reason weighs: its share of the score. A need the person chose wins a tie. */
const strength = ({ dimension, values }: Reason): number =>
  (WEIGHTS[dimension] ?? 1) * (dimension === 'behov' ? values.length + 0.5 : 1);

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
  reasons.sort((a, b) => strength(b) - strength(a));
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
  const hits = ranked.map(({ id, score, reasons }) => ({ id, score, reasons }));

  // A page fits on the person's own answers only, so its reason never rests on an implied one.
  const pages: RecommendedPage[] = [];
  for (const page of rules.sider) {
    const published = catalogue.pages[page.id];
    if (!published || published.audience !== (childBand ?? 'voksne') || pages.some((shown) => shown.id === page.id)) continue;
    const line = page.when ? page.when.find((condition) => holds(condition, answers)) : {};
    if (!line) continue;
    const because = Object.entries(line).map(([dimension, values]) => ({
      dimension: dimension as GuideDimension,
      values: (answers[dimension as GuideDimension] ?? []).filter((value) => (values ?? []).includes(value)),
    }));
    pages.push({ id: page.id, reason: page.reason, because });
  }

  const helplines = childBand
    ? Object.entries(catalogue.contacts)
        .filter(([, contact]) => contact.groups?.includes(CHILD_TARGET_GROUP))
        .map(([id]) => id)
    : rules.hjelpetelefoner
        .filter((line) => Object.hasOwn(catalogue.contacts, line.id) && (!line.when || anyHolds(line.when, effective)))
        .map((line) => line.id);

  return {
    paths,
    offers: hits.slice(0, limit),
    others: hits.slice(limit),
    fitting: ranked.length,
    always,
    pages,
    helplines,
  };
}
