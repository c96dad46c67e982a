/**
 * An event (arrangement): a course, a group or a café, with its dates. One file per event
 * or per series in `content/lokalt/arrangementer/<id>.yaml`, shown on its offer's page, in
 * the calendar (`/kalender/`), as a calendar file (`/kalender/<id>.ics`) and on the
 * waiting-room screen (`/skjerm/`). The ID is the file name; its page is `/kalender/<id>/`.
 *
 * Past meetings drop out when the site is built, so the site should be built every night
 * (README, «Bygg på nytt hver natt»). src/lib/content/check.ts checks what the schema cannot:
 * that the offer and the contact exist, that no meeting ends before it starts, that the
 * sign-up deadline is not after the first meeting, and that only the example uses `+14d`.
 */
import { z } from 'astro/zod';
import { EVENT_FORMATS } from '../lib/vocabulary';
import { ABSOLUTE_DATE, CLOCK_TIME, isCalendarDate, normaliseTime, RELATIVE_DATE } from '../lib/events/dates';
import { phoneSchema } from './contact';
import { idSchema, textSchema } from './common';

const DATE_MESSAGE = 'må være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2027-01-12';

/**
 * A day: `2027-01-12`. The example municipality may write days from the build date
 * instead, `+14d`, so its calendar never looks old. YAML may read an unquoted date as a
 * date; both are accepted and kept as text `ÅÅÅÅ-MM-DD`.
 */
export const eventDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: DATE_MESSAGE })
    .trim()
    .refine((value) => RELATIVE_DATE.test(value) || (ABSOLUTE_DATE.test(value) && isCalendarDate(value)), DATE_MESSAGE),
);

/** A time of day: `18:00` (or `18.00`). Write it in quotes. */
export const clockSchema = z
  .string({ error: 'må være et klokkeslett på formen TT:MM i anførselstegn, for eksempel "18:00"' })
  .trim()
  .regex(CLOCK_TIME, 'må være et klokkeslett på formen TT:MM, for eksempel "18:00"')
  .transform(normaliseTime);

/** One meeting: the day, and when it starts and ends. Example: `{ date: 2027-01-12, start: "18:00", end: "20:30" }`. */
export const sessionSchema = z
  .object({
    /** The day. */
    date: eventDateSchema,
    /** When it starts. */
    start: clockSchema,
    /** When it ends, the same day. */
    end: clockSchema,
  })
  .strict();

/** Where it is. Example: `{ name: Kulturhuset, sal 2, address: Storgata 4, 0000 Eksempelby }`. */
export const placeSchema = z
  .object({
    /** The name of the place and the room, as people find it. */
    name: textSchema,
    /** The street address, with postcode and place. */
    address: textSchema,
    /**
     * How to get in and what is there: steps, lift, toilet, hearing loop, parking. Leave it
     * out when you do not know; the page then asks people to call and ask.
     */
    accessibility: textSchema.optional(),
  })
  .strict();

/** Whether and how to sign up. */
export const signUpSchema = z
  .object({
    /** True when people must sign up; false when they just come. */
    required: z.boolean(),
    /** The last day to sign up, on or before the first meeting. Example: `2027-01-05`. */
    deadline: eventDateSchema.optional(),
    /** Sign up by phone on this number. */
    phone: phoneSchema.optional(),
    /** Sign up by e-mail to this address. */
    email: z.email({ error: 'må være en e-postadresse' }).optional(),
    /** Sign up on the municipality's own form at this address. */
    url: z.url({ error: 'må være en hel nettadresse som begynner med https://' }).optional(),
  })
  .strict();

export const eventSchema = z
  .object({
    /** The offer the event belongs to: a file name in `tilbud/`. Example: `parorendeskole`. */
    offer: idSchema,
    /** The name people see in lists and calendars; 80 characters at most. Example: `Pårørendeskole om demens`. */
    title: textSchema.max(80, 'er for lang: høyst 80 tegn, så tittelen får plass i lister og på skjermen'),
    /**
     * `kurs`: one course or closed group; people sign up once and come from the first
     * meeting. `treff`: each meeting stands alone, people may come to any of them. Default: `kurs`.
     */
    format: z.enum(EVENT_FORMATS).default('kurs'),
    /** The meetings, at least one; in any order. */
    sessions: z.array(sessionSchema).min(1, 'må ha minst ett møte'),
    /** Where it is. */
    place: placeSchema,
    /** Whether and how to sign up. Default: no sign-up needed. */
    signUp: signUpSchema.default({ required: false }),
    /** What it costs, in words. Example: `Gratis`. Leave it out when it is not decided. */
    price: textSchema.optional(),
    /** How many can come, when there is a limit. Example: `20`. */
    capacity: z.number({ error: 'må være et helt tall, for eksempel 20' }).int('må være et helt tall').positive('må være større enn 0').optional(),
    /** Whom to ask: `tjenestekontor` (from the profile) or a file name in `kontakter/`. */
    contact: idSchema,
    /** A few plain sentences on what happens and who it is for; 500 characters at most. */
    text: textSchema.max(500, 'er for lang: høyst 500 tegn. Mer om tilbudet står på tilbudets side').optional(),
  })
  .strict();

export type EventData = z.infer<typeof eventSchema>;
export type SessionData = z.infer<typeof sessionSchema>;
