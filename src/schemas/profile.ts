/**
 * The municipality profile: `content/lokalt/profil.yaml`. Every word that differs
 * from one municipality to the next lives here; nothing of it is written in `src/`.
 */
import { z } from 'astro/zod';
import { phoneSchema } from './contact';
import { idSchema, textSchema } from './common';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n/languages';

export const profileSchema = z
  .object({
    /** The municipality's name as it should stand in the header. Example: `Eksempel kommune`. */
    municipality: textSchema,
    /**
     * The site's written language: `nb` (bokmål) or `nn` (nynorsk). Every page follows it:
     * the national content (content/nasjonalt or content/nasjonalt-nn), the words of the
     * site, the guide, search, dates and print. Write the local content in the same language.
     * Default: `nb`. Example: `nn`.
     */
    language: z.enum(LANGUAGES, { error: 'må være nb (bokmål) eller nn (nynorsk)' }).default(DEFAULT_LANGUAGE),
    /**
     * A second written language published beside the main one, the whole site under
     * `<siteUrl><alsoLanguage>/` (`/tilbud/avlastning/` ↔ `/nb/tilbud/avlastning/`), with a link
     * between the two in the header. The municipality's own offers in that language are
     * `<lokalt>/<alsoLanguage>/tilbud/<id>.mdx`; an offer without one gets a page that says so.
     * Leave it out to publish one written language. Example: `nb` beside `language: nn`.
     */
    alsoLanguage: z.enum(LANGUAGES, { error: 'må være nb (bokmål) eller nn (nynorsk)' }).optional(),
    /**
     * The full address the site is published at, with the sub-path.
     * Example: `https://www.eksempel.kommune.no/parorende/`. `site` and `base` come from it.
     */
    siteUrl: z.url({ error: 'må være en hel nettadresse, for eksempel https://www.kommune.no/parorende/' }),
    /** True when the local content is an example; the site then says so on every page. Default: false. */
    example: z.boolean().default(false),
    /** The brand colour, as `#rrggbb`. The theme is generated from it. Example: `#1e5a8c`. */
    brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'må være en farge på formen #rrggbb, for eksempel #1e5a8c'),
    /** File name of the logo (SVG, PNG, JPEG or WebP) next to this file. Leave it out to show the name only. */
    logo: textSchema.optional(),
    /**
     * What the municipality calls the overview of offers as steps, from what anyone can
     * use to what you apply for. Leave it out for the word of the site's written language
     * («Tilbudstrappen», «Tilbodstrappa»). Example: `Innsatstrappen`.
     */
    ladderName: textSchema.optional(),
    /**
     * The privacy contact (personvernombud) for questions about personal data, named on
     * /personvernerklaering/. Leave it out to point to the office instead.
     * Example: `{ name: "Personvernombudet", email: "personvernombud@kommune.no" }`.
     */
    privacy: z
      .object({
        /** Who to contact, as the municipality writes it. Example: `Personvernombudet`. */
        name: textSchema,
        /** E-mail address. */
        email: z.email({ error: 'må være en e-postadresse' }).optional(),
        /** Phone number. */
        phone: phoneSchema.optional(),
        /** The municipality's page on privacy. */
        url: z.url({ error: 'må være en hel nettadresse' }).optional(),
      })
      .strict()
      .optional(),
    /**
     * The municipality's accessibility statement on uustatus.no, which public bodies must
     * publish there; linked from /tilgjengelighetserklaering/ and the footer.
     * Example: `https://uustatus.no/nb/erklaringer/publisert/…`.
     */
    accessibilityStatementUrl: z
      .url({ error: 'må være en hel nettadresse til erklæringen på uustatus.no' })
      .refine((url) => /^https:\/\/(www\.)?uustatus\.no\//.test(url), 'må være adressen til erklæringen på uustatus.no (https://uustatus.no/…)')
      .optional(),
    /** The assignment office: the one door to everything you apply for. */
    office: z
      .object({
        /** Its name, as the municipality writes it. Example: `Tjenestekontoret`, `Tildelingskontoret`. */
        name: textSchema,
        /** Phone number. */
        phone: phoneSchema,
        /** E-mail address. */
        email: z.email({ error: 'må være en e-postadresse' }),
        /** Visiting or postal address. */
        address: textSchema,
        /** Opening hours on the phone, in words. Example: `Hverdager 08.00–15.00`. */
        hours: textSchema,
        /**
         * The same opening hours in English, for the English pages under /en/. Leave it out, and
         * the English pages show `hours` as written, marked as Norwegian. Example: `Weekdays 08.00–15.00`.
         */
        hoursEnglish: textSchema.optional(),
        /** Where people send an application, in words or as a web address. */
        applyUrl: z.url({ error: 'må være en hel nettadresse' }).optional(),
      })
      .strict(),
    /**
     * The waiting-room screen at `/skjerm/`: besides the coming events it shows these offers,
     * one slide each, in this order. Leave it out to show the events only.
     * Example: `{ offers: [avlastning, parorendeskole] }`.
     */
    screen: z
      .object({
        /** File names in `tilbud/`; at most six, so the round stays short. Default: `[]`. */
        offers: z.array(idSchema).max(6, 'kan ha høyst seks tilbud, så runden på skjermen ikke blir for lang').default([]),
      })
      .strict()
      .default({ offers: [] }),
  })
  .strict();

export type ProfileData = z.infer<typeof profileSchema>;
