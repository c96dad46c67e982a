/**
 * A word in the glossary (ordliste): one entry in `content/nasjonalt/ordliste.yaml`,
 * shown on the page `/ordliste/` with its ID as anchor, so any page can link
 * `/ordliste/#avlastning`.
 */
import { z } from 'astro/zod';
import { idSchema, textSchema } from './common';

export const glossaryTermSchema = z
  .object({
    /** The anchor: small letters a–z, digits and hyphens; never change it once published. Example: `naermeste-parorende`. */
    id: idSchema,
    /** The word as people write it. Example: `nærmeste pårørende`. */
    term: textSchema,
    /** The word in English, for readers with another language. Example: `nearest relative`. */
    english: textSchema.optional(),
    /** One or two plain sentences. `{kontor}` and `{kommune}` are filled in from the profile. */
    text: textSchema,
    /**
     * The ID of a page or offer that tells more. If this municipality has no such
     * page or offer, the word is shown without the link. Example: `avlastning`.
     */
    see: idSchema.optional(),
    /**
     * A name shared by words that people mix up, such as three staff roles that sound
     * alike. A list of offers that has two or more of their «see» offers explains them
     * side by side. Example: `kontaktpersoner`.
     */
    compare: idSchema.optional(),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
