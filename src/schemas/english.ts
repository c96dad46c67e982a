/**
 * The English section under /en/ (docs/adr/0017-engelsk-del.md). English text lives beside the
 * Norwegian it comes from, never inside the same file:
 * - `content/nasjonalt-en/sider/<name>.mdx`: an English page, published at `/en/<name>/`
 *   (`index.mdx` at `/en/`). It names the Norwegian page it comes from (`norwegian`).
 * - `content/nasjonalt-en/tilbud/<id>.mdx` (national offers) and
 *   `content/lokalt/en/tilbud/<id>.mdx` (the municipality's own offers): an offer in English,
 *   with the same ID (file name) as the Norwegian offer. An offer without one still gets an
 *   English page, which says it is not written in English and links to the Norwegian page.
 * - `content/nasjonalt-en/kontakter/<id>.yaml`: what the English pages say about a helpline,
 *   with the same ID as the Norwegian contact; the number and name come from the Norwegian file.
 * - `content/nasjonalt-en/veiviser/`: the guide's questions and rules in English.
 */
import { z } from 'astro/zod';
import { leadSchema, pageLastCheckedSchema, pageSourcesSchema, sourcesSchema, dateSchema, textSchema } from './common';

/** A site path of a Norwegian page: `/rettigheter/`, `/` for the front page. */
const sitePathSchema = z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'må være en adresse på nettstedet som begynner og slutter med /, for eksempel «/rettigheter/»');

export const englishPageSchema = z
  .object({
    /** The title, in English. Example: `Your rights in short`. */
    title: textSchema,
    /** One or two plain sentences under the title. */
    lead: leadSchema,
    /** The Norwegian page this page comes from and links back to. Example: `/rettigheter/`. */
    norwegian: sitePathSchema,
    /** The order in the English menu and lists. Default: 100. */
    order: z.number().int().default(100),
    /** The sources of the Norwegian page(s) the facts come from. */
    sources: sourcesSchema,
    /** The date someone checked the English text against the Norwegian page and the sources. */
    lastChecked: dateSchema,
    /** Everyday words people search for in English. */
    searchTerms: z.array(textSchema).default([]),
  })
  .strict();

export const englishOfferSchema = z
  .object({
    /** The offer's name in English; a Norwegian name in brackets helps when they call. Example: `Respite care (avlastning)`. */
    title: textSchema,
    /** One or two plain sentences on what it gives you. */
    lead: leadSchema,
    /** One sentence: how you get it. `{kontor}` is replaced by the office's name. */
    howToGet: textSchema,
    /** Where the facts come from. Default: the Norwegian offer's sources, which the English text follows. */
    sources: pageSourcesSchema,
    /**
     * The date someone checked the facts against the sources. Default: the Norwegian offer's
     * «last checked», since the English text says only what the Norwegian page says.
     */
    lastChecked: pageLastCheckedSchema,
    /** Everyday words people search for in English. */
    searchTerms: z.array(textSchema).default([]),
  })
  .strict();

export const englishContactSchema = z
  .object({
    /** The Norwegian name (from the Norwegian file) explained in a few English words. Example: `the relatives' helpline`. */
    explanation: textSchema,
    /** One sentence on what they help with, in English. */
    description: textSchema,
    /** Opening hours in English. Leave out what the Norwegian file does not say. */
    hours: textSchema.optional(),
    /**
     * `true` only when a source says they answer in English (name it in `sources`); leave it
     * out when no source says so: the page then says nothing about English.
     */
    answersInEnglish: z.boolean().optional(),
    /** Where the English facts come from. */
    sources: sourcesSchema,
    /** The date someone checked this against the sources. */
    lastChecked: dateSchema,
  })
  .strict();

export type EnglishPageData = z.infer<typeof englishPageSchema>;
export type EnglishOfferData = z.infer<typeof englishOfferSchema>;
export type EnglishContactData = z.infer<typeof englishContactSchema>;
