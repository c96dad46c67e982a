/**
 * The known laws and sections: `content/nasjonalt/lover.yaml`. A legal reference on any
 * page must name a law and a section in this list, as shared/domain/rights.md gives them.
 */
import { z } from 'astro/zod';
import { idSchema, textSchema } from './common';

export const lawSchema = z
  .object({
    /** Short ID used in references. Example: `pbrl`. */
    id: idSchema,
    /** The law's name as people write it. Example: `Pasient- og brukerrettighetsloven`. */
    name: textSchema,
    /** The sections pages may refer to. Example: `["§ 2-8", "§ 3-3"]`. */
    sections: z.array(textSchema).min(1, 'må ha minst én paragraf'),
    /** Address of the law text. */
    url: z.url().optional(),
  })
  .strict();

export const lawsSchema = z.array(lawSchema);
export type LawData = z.infer<typeof lawSchema>;
