/**
 * A contact (kontakt): a municipal unit, a national helpline, an emergency number or an
 * organisation. One file in `content/nasjonalt|lokalt/kontakter/<id>.yaml`; offers point to it by ID.
 */
import { z } from 'astro/zod';
import { CONTACT_KINDS, NEEDS, TARGET_GROUPS } from '../lib/vocabulary';
import { dateSchema, sourcesSchema, textSchema } from './common';

/** A phone number as people dial it: digits in groups. Example: `90 90 48 48`, `113`. */
export const phoneSchema = z
  .string()
  .regex(/^\+?[0-9][0-9 ]{1,14}[0-9]$/, 'må være et telefonnummer med bare sifre og mellomrom, for eksempel «12 34 56 78»');

export const contactSchema = z
  .object({
    /** The name as people know it. Example: `Pårørendelinjen`. */
    name: textSchema,
    /** What kind of contact it is. */
    kind: z.enum(CONTACT_KINDS),
    /** One sentence on what they help with. */
    description: textSchema,
    /** Phone number, as the organisation's own page gives it. Doubts go in a YAML comment, never on the page. */
    phone: phoneSchema.optional(),
    /** E-mail address. */
    email: z.email({ error: 'må være en e-postadresse' }).optional(),
    /** Web address. */
    url: z.url({ error: 'må være en hel nettadresse som begynner med https://' }).optional(),
    /** Visiting address. */
    address: textSchema.optional(),
    /** Opening hours, in words. Leave out what no source confirms. */
    hours: textSchema.optional(),
    /** Who it is for. Default: `[alle]`. */
    targetGroups: z.array(z.enum(TARGET_GROUPS)).default(['alle']),
    /** Needs it meets. Default: `[]`. */
    needs: z.array(z.enum(NEEDS)).default([]),
    /** Where the facts come from. */
    sources: sourcesSchema,
    /** The date someone last checked every fact here (number, hours, address, web address) against `sources`. */
    lastChecked: dateSchema,
  })
  .strict();

export type ContactData = z.infer<typeof contactSchema>;
