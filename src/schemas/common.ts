/**
 * Field schemas that several collections share. Every field says what it means,
 * its default and an example; the defaults live here and nowhere else.
 */
import { z } from 'astro/zod';
import { NEEDS, TARGET_GROUPS } from '../lib/vocabulary';

/** A page or offer ID: lower case letters, digits and hyphens. Example: `avlastning`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'må være små bokstaver a–z, tall og bindestrek, for eksempel «avlastning»');

/** Plain text on one line, never empty. */
export const textSchema = z.string().trim().min(1, 'kan ikke være tomt');

/**
 * The one- or two-sentence lead under the title. It is also the description
 * search engines and the search results show. Example: «Avlastning gir deg en pause.»
 */
export const leadSchema = textSchema.max(300, 'er for lang: skriv én eller to korte setninger (høyst 300 tegn)');

/** A calendar date written `ÅÅÅÅ-MM-DD`. Example: `2026-11-23`. */
export const dateSchema = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
  z.date({ error: 'må være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2026-11-23' }).refine(
    (date) => !Number.isNaN(date.getTime()),
    'må være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2026-11-23',
  ),
);

/**
 * Where a fact comes from: a document or a web page. At least one per page.
 * Example: `{ title: "Drangedal kommune: Plan for pårørendestøtte (2022)" }`.
 */
export const sourceSchema = z
  .object({
    /** The name of the document or page, as a reader would look for it. */
    title: textSchema,
    /** The address of the page, when there is one. */
    url: z.url({ error: 'må være en hel nettadresse som begynner med https://' }).optional(),
    /** Where in the document: a chapter or an endnote. Example: `kap. 3.2.1, sluttnote iii`. */
    where: textSchema.optional(),
  })
  .strict();

/** At least one source. */
export const sourcesSchema = z.array(sourceSchema).min(1, 'må ha minst én kilde');

/**
 * The sources of a page or an offer: at least one, except in a draft, which no one has
 * checked yet (the content check, src/lib/content/check.ts, requires them of the rest).
 */
export const pageSourcesSchema = z.array(sourceSchema).default([]);

/**
 * The date someone last checked a page's or offer's facts. Required, except in a draft
 * (the content check requires it of the rest). Example: `2026-11-23`.
 */
export const pageLastCheckedSchema = dateSchema.optional();

/**
 * `true` marks a draft: `npm run dev` and `npm start` show it with the label «Utkast»,
 * `npm run build` leaves it out, and links to it become plain text. A draft may be
 * without `sources` and `lastChecked` until someone has checked it. Default: `false`.
 */
export const draftSchema = z.boolean().default(false);

/**
 * A reference to a law and one of its sections, as `shared/domain/rights.md` gives it.
 * `law` is the ID of a law in `content/nasjonalt/lover.yaml`. Example: `{ law: pbrl, section: "§ 2-8" }`.
 * A part of a section is given with `ledd` and `bokstav`, never in `section`:
 * «§ 1-3 første ledd bokstav b» is `{ law: pbrl, section: "§ 1-3", ledd: 1, bokstav: b }`.
 */
export const legalRefSchema = z
  .object({
    /** The law's ID in `content/nasjonalt/lover.yaml`. Example: `hol`. */
    law: idSchema,
    /** The section, written as the law list writes it. Example: `§ 1-3`. */
    section: textSchema,
    /** The paragraph (ledd) within the section, counted from 1. Example: `1` for «første ledd». */
    ledd: z.number().int().min(1, 'må være et tall fra 1').max(9, 'må være et tall opp til 9').optional(),
    /** The letter within the paragraph. Example: `b` for «bokstav b». */
    bokstav: z.string().regex(/^[a-z]$/, 'må være én liten bokstav, for eksempel «b»').optional(),
  })
  .strict();

/**
 * Everyday words people type when they look for this page, the most typical first:
 * search weighs the first words most. Example: `[pause, fri, hvile]`.
 */
export const searchTermsSchema = z.array(textSchema).default([]);

/**
 * The names the A–Å index (`/a-a/`) files this page or offer under, instead of its title.
 * The first is the word a person looks for, and the entry's name: `[Demens]` for «Når noen
 * du er glad i, har demens». Any more are other names for the same thing, shown as
 * «Alzheimer, se Demens». Pages and offers with the same first name are listed together
 * under it, so one thing is never in the index twice under two names. Default: `[]`, which
 * files the page under its title. Example: `[Demens, Alzheimer]`.
 */
export const azTermsSchema = z.array(textSchema).default([]);

/** Needs this page or offer meets; at least one. */
export const needsSchema = z.array(z.enum(NEEDS)).min(1, 'må ha minst ett behov');

/** Target groups; at least one (`alle` when it is for everyone). */
export const targetGroupsSchema = z.array(z.enum(TARGET_GROUPS)).min(1, 'må ha minst én målgruppe');

/** IDs of other offers or pages to link to from this one. They must exist. */
export const relatedSchema = z.array(idSchema).default([]);
