/**
 * The front page's ways in: `content/nasjonalt/forside.yaml`. A few big entry points for
 * what people need, and one link per situation, so every situation's page is one click away.
 */
import { z } from 'astro/zod';
import { idSchema, textSchema } from './common';

/** A root-relative site path. Example: `/tilbud/avlastning/`. */
const pathSchema = z.string().regex(/^\/[a-z0-9\-/#]*$/, 'må være en adresse på nettstedet som begynner med /, for eksempel /tilbud/avlastning/');

const linkSchema = z
  .object({
    /** The link text: what the person needs, in their words. Example: `Jeg trenger en pause`. */
    title: textSchema,
    /** One short line under the link. */
    text: textSchema.optional(),
    /** Where it goes. */
    path: pathSchema,
  })
  .strict();

export const frontPageSchema = z
  .object({
    /** The big entry points, in order; three to six work best. */
    needs: z.array(linkSchema).min(1, 'må ha minst én inngang'),
    /** «Hvem hjelper du?»: one link per situation page. */
    situations: z.array(linkSchema).default([]),
    /**
     * «Trenger du noen å snakke med nå?»: the helplines on the front page and in the general
     * brochure, in order, by their file name in kontakter/. Example: `[parorendelinjen, kirkens-sos]`.
     */
    helplines: z.array(idSchema).default([]),
    /** The numbers to call when it is urgent, shown under the helplines. Example: `[nodnummer-113, legevakt]`. */
    emergency: z.array(idSchema).default([]),
  })
  .strict();

export type FrontPageData = z.infer<typeof frontPageSchema>;
