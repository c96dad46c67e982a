/**
 * The shapes the guide works on. Plain types, no zod: this code runs in the browser too,
 * and must stay small. The zod schemas in src/schemas/guide.ts check the same shapes at
 * build time.
 */
import type { GuideDimension } from '../vocabulary';

/**
 * A person's answers, keyed by dimension code. A missing key means «not asked yet»;
 * an empty list means «vet ikke / vil ikke svare» (asked, but no answer given).
 */
export type Answers = Partial<Record<GuideDimension, readonly string[]>>;

/** All of the listed dimensions must have one of the listed values. */
export type Condition = Partial<Record<GuideDimension, readonly string[]>>;

/** One of the conditions must hold. An empty list never holds. */
export type Conditions = readonly Condition[];

/** The special paths that change what the result leads with. */
export type SpecialPath = 'barn' | 'etterlatt' | 'krise';

export interface QuestionOption {
  value: string;
  label: string;
  help?: string | undefined;
}

export interface GuideQuestion {
  id: GuideDimension;
  heading: string;
  help?: string | undefined;
  options: readonly QuestionOption[];
  /** Label of the «vet ikke / vil ikke svare» choice; stored as an empty answer. */
  unsure?: string | undefined;
  /** Asked only when one of these holds. */
  askIf?: Conditions | undefined;
  /** Skipped when one of these holds. */
  skipIf?: Conditions | undefined;
}

export interface OfferRule {
  /** Answer values that point to the offer, per dimension. */
  match: Condition;
  /** Dimensions whose answer, when given, must be in `match`. */
  hard?: readonly GuideDimension[] | undefined;
  /** A named predicate (predicates.ts) that must hold. */
  when?: string | undefined;
  /** Dimensions whose match alone is enough to show the offer, without a matching need. */
  enough?: readonly GuideDimension[] | undefined;
  /** Special paths for which the offer comes first. */
  lead?: readonly SpecialPath[] | undefined;
  /** Always shown, after the ranked offers. */
  always?: boolean | undefined;
}

export interface PageRule {
  id: string;
  when?: Conditions | undefined;
  reason: string;
}

export interface HelplineRule {
  id: string;
  when?: Conditions | undefined;
}

export interface ExplanationTemplate {
  dimension: GuideDimension;
  values?: readonly string[] | undefined;
  text: string;
}

export interface GuideRules {
  tilbud: Readonly<Record<string, OfferRule>>;
  sider: readonly PageRule[];
  hjelpetelefoner: readonly HelplineRule[];
  forklaringer: readonly ExplanationTemplate[];
}
