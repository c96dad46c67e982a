/**
 * An offer (tilbud): one file in `content/nasjonalt|lokalt/tilbud/<id>.mdx`, published at `/tilbud/<id>/`.
 * The ID is the file name and is the ID in shared/domain/offers.md.
 *
 * `kind` is the discriminator: a `vedtak` offer needs an application and a decision,
 * so it must say how to apply and on what legal basis; a `lavterskel` offer does not.
 */
import { z } from 'astro/zod';
import { AGE_BANDS, PHASES, PROVIDERS, SITUATIONS } from '../lib/vocabulary';
import {
  azTermsSchema,
  idSchema,
  leadSchema,
  legalRefSchema,
  needsSchema,
  relatedSchema,
  searchTermsSchema,
  draftSchema,
  pageLastCheckedSchema,
  pageSourcesSchema,
  targetGroupsSchema,
  textSchema,
} from './common';

const offerFields = {
  /** The page title, the name people know the offer by. Example: `Avlastning`. */
  title: textSchema,
  /** One or two plain sentences on what the offer gives you. */
  lead: leadSchema,
  /** Who provides it. Example: `kommune`. */
  provider: z.enum(PROVIDERS),
  /** Who it is for (closed list). Example: `[tyngende, alle]`. */
  targetGroups: targetGroupsSchema,
  /** The needs it meets (closed list). Example: `[avlastning, egen-helse]`. */
  needs: needsSchema,
  /** The person's situations it fits (closed list); empty means any. Default: `[]`. */
  situations: z.array(z.enum(SITUATIONS)).default([]),
  /** The phases of the care journey it fits (closed list); empty means any. Default: `[]`. */
  phases: z.array(z.enum(PHASES)).default([]),
  /** The relative's own age bands it is for. Default: adults, `[voksen, eldre]`. */
  ageBands: z.array(z.enum(AGE_BANDS)).min(1, 'må ha minst én aldersgruppe').default(['voksen', 'eldre']),
  /**
   * True when you get this because the person you help already receives services:
   * a contact person, a conversation or an agreement that comes with the service.
   * Places the offer on its own step of the tilbudstrapp. Default: `false`.
   */
  partOfService: z.boolean().default(false),
  /** One sentence: how you get it. `{kontor}` is replaced by the assignment office's name. */
  howToGet: textSchema,
  /** What it costs, in words. Leave it out when the municipality has not said; the page then says whom to ask. */
  price: textSchema.optional(),
  /** The ID of the contact: `tjenestekontor` (from the profile) or a file in `kontakter/`. */
  contact: idSchema,
  /** Where the facts come from; at least one (a draft may have none yet). */
  sources: pageSourcesSchema,
  /** The date someone last checked the facts against the sources. Required unless `draft: true`. */
  lastChecked: pageLastCheckedSchema,
  /** `true` while no one has checked the file: shown with «Utkast» by `npm start`, left out by `npm run build`. Default: `false`. */
  draft: draftSchema,
  /** Everyday words people search for. Example: `[pause, fri, hvile]`. */
  searchTerms: searchTermsSchema,
  /** Where the A–Å index files it, if not under its title (see azTermsSchema). Default: `[]`. */
  azTerms: azTermsSchema,
  /** Other offers and pages worth reading next. */
  related: relatedSchema,
  /** Guide pages on the rights behind this offer. */
  rights: relatedSchema,
};

/** An offer you must apply for, with a decision (vedtak). */
export const vedtakOfferSchema = z
  .object({
    ...offerFields,
    kind: z.literal('vedtak'),
    /** How to apply and who decides. `{kontor}` is replaced by the office's name. */
    howToApply: textSchema,
    /** The legal basis; at least one law and section. */
    legalBasis: z.array(legalRefSchema).min(1, 'må ha minst én lovhenvisning når tilbudet krever vedtak'),
  })
  .strict();

/** An offer you simply contact or sign up for (lavterskel). */
export const lavterskelOfferSchema = z
  .object({
    ...offerFields,
    kind: z.literal('lavterskel'),
    /** Optional: how to sign up, when it is more than «get in touch». */
    howToApply: textSchema.optional(),
    /** Laws behind the offer, if any. Default: `[]`. */
    legalBasis: z.array(legalRefSchema).default([]),
  })
  .strict();

export const offerSchema = z.discriminatedUnion('kind', [vedtakOfferSchema, lavterskelOfferSchema], {
  error: 'kind må være «vedtak» eller «lavterskel»',
});

export type OfferData = z.infer<typeof offerSchema>;
export { idSchema };
