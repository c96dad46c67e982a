/**
 * The known laws and sections: `content/nasjonalt/lover.yaml`. A legal reference on any
 * page must name a law and one of its sections here; a section that no longer exists
 * (like pasient- og brukerrettighetsloven § 2-1, split into § 2-1 a–e) is not in the list,
 * so a page cannot cite it. Each section says when someone last checked it against the
 * law and where, so a page that cites it can say how fresh it is (docs/adr).
 */
import { z } from 'astro/zod';
import { dateSchema, idSchema, sourcesSchema, textSchema } from './common';

/** A section number as the list writes it: `§ 3-3`, `§ 2-1 a`, `§ 10 b`, `§ 104`. */
export const sectionKeySchema = z
  .string()
  .regex(/^§ \d+(-\d+)?( [a-h])?$/, 'må skrives som «§ 3-3», «§ 2-1 a» eller «§ 10 b»: paragraftegn, mellomrom, nummer og eventuelt en bokstav');

export const lawSectionSchema = z
  .object({
    /** The section. A part of it (a paragraph, a letter) is given on the reference, not here. Example: `§ 3-3`. */
    section: sectionKeySchema,
    /** The section's heading exactly as in the law. Leave it out until someone has read it in the law. Example: `Informasjon til pasientens eller brukerens nærmeste pårørende`. */
    title: textSchema.optional(),
    /** The section on Lovdata. Example: `https://lovdata.no/lov/1999-07-02-63/§3-3`. */
    url: z.url({ error: 'må være en hel nettadresse som begynner med https://' }),
    /** The date someone last checked the section and its title against a source. Leave it out only if no one has; the fact check then lists it as not checked. */
    lastChecked: dateSchema.optional(),
    /** What the section was checked against. Required together with `lastChecked`. */
    sources: sourcesSchema.optional(),
  })
  .strict()
  .refine((section) => !section.lastChecked || section.sources, {
    message: 'har lastChecked, men ingen sources: skriv hva paragrafen ble kontrollert mot',
    path: ['sources'],
  });

export const lawSchema = z
  .object({
    /** Short ID used in references. Example: `pbrl`. */
    id: idSchema,
    /** The law's name as people write it. Example: `Pasient- og brukerrettighetsloven`. */
    name: textSchema,
    /** Address of the whole law on Lovdata. Example: `https://lovdata.no/lov/1999-07-02-63`. */
    url: z.url({ error: 'må være en hel nettadresse som begynner med https://' }).optional(),
    /** The sections pages may refer to, each once. */
    sections: z
      .array(lawSectionSchema)
      .min(1, 'må ha minst én paragraf')
      .superRefine((sections, context) => {
        const seen = new Set<string>();
        sections.forEach((entry, index) => {
          if (seen.has(entry.section)) context.addIssue({ code: 'custom', path: [index, 'section'], message: `«${entry.section}» står to ganger` });
          seen.add(entry.section);
        });
      }),
  })
  .strict();

export const lawsSchema = z.array(lawSchema);
export type LawData = z.infer<typeof lawSchema>;
export type LawSectionData = z.infer<typeof lawSectionSchema>;
