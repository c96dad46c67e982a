/**
 * The guide «Hva er viktig for deg?»: its questions (`content/nasjonalt/veiviser/sporsmal.yaml`)
 * and its rules (`content/nasjonalt/veiviser/regler.yaml`). The schemas check the shape;
 * src/lib/content/check.ts checks that every dimension, value, offer, page, contact and
 * predicate named exists, and names file and field when one does not.
 */
import { z } from 'astro/zod';
import { GUIDE_DIMENSION_CODES } from '../lib/vocabulary';
import { idSchema, textSchema } from './common';

const dimensionSchema = z.enum(GUIDE_DIMENSION_CODES as [string, ...string[]]);

/** Answer values per dimension: `{ behov: [avlastning], belastning: [11-30, over-30] }`. */
const conditionSchema = z.record(z.string(), z.array(z.string()).min(1, 'må ha minst én verdi'));

/** One or more conditions; one of them must hold. */
const conditionsSchema = z.array(conditionSchema).min(1, 'må ha minst én linje');

export const questionSchema = z
  .object({
    /** The dimension code, also the key in the link. Never change it. Example: `relasjon`. */
    id: dimensionSchema,
    /** The question, shown as a heading. Example: `Hvem er du for personen du hjelper?` */
    heading: textSchema,
    /** A help text under the question, where a word is hard. */
    help: textSchema.optional(),
    /** The answers to choose from. `value` is a code from docs/veiviser-lenker.md. */
    options: z
      .array(z.object({ value: z.string(), label: textSchema, help: textSchema.optional() }).strict())
      .min(2, 'må ha minst to svar'),
    /** The label of the «vet ikke / vil ikke svare» answer. Leave out when an option already says it. */
    unsure: textSchema.optional(),
    /** Ask only when one of these holds (earlier answers). */
    askIf: conditionsSchema.optional(),
    /** Skip when one of these holds. */
    skipIf: conditionsSchema.optional(),
  })
  .strict();

export const questionsSchema = z.object({ questions: z.array(questionSchema).min(1) }).strict();

export const offerRuleSchema = z
  .object({
    /** Answer values that point to the offer. */
    match: conditionSchema,
    /** Dimensions that must match when answered. Default: none. */
    hard: z.array(z.string()).optional(),
    /** A named predicate in src/lib/guide/predicates.ts that must hold. */
    when: z.string().optional(),
    /** Dimensions whose match alone is enough to show the offer. */
    enough: z.array(z.string()).optional(),
    /** Special paths the offer leads: `barn`, `etterlatt`, `krise`. */
    lead: z.array(z.enum(['barn', 'etterlatt', 'krise'])).optional(),
    /** Always shown, after the ranked offers. Default: false. */
    always: z.boolean().optional(),
  })
  .strict();

export const rulesSchema = z
  .object({
    /** Rules keyed by offer ID (the file name in tilbud/). */
    tilbud: z.record(idSchema, offerRuleSchema),
    /**
     * Rights and situation pages, with why they fit. `{svar}` in `reason` becomes the person's
     * answers that made the page fit. A page may stand more than once, each with its own `when`
     * and `reason`; the first that fits is used.
     */
    sider: z.array(z.object({ id: idSchema, when: conditionsSchema.optional(), reason: textSchema }).strict()),
    /** Helplines and organisations for adults (contact IDs). Children get the helplines with the target group `barn-unge`. */
    hjelpetelefoner: z.array(z.object({ id: idSchema, when: conditionsSchema.optional() }).strict()),
    /** «Fordi du svarte …» templates; `{svar}` becomes the chosen answers. */
    forklaringer: z.array(z.object({ dimension: dimensionSchema, values: z.array(z.string()).optional(), text: textSchema }).strict()),
  })
  .strict();

export type QuestionsData = z.infer<typeof questionsSchema>;
export type RulesData = z.infer<typeof rulesSchema>;
