/**
 * Dates and times of events, in the municipality's time zone (Europe/Oslo, summer time
 * included). Pure: «now» is always passed in, so a build (and a test) decides what is
 * upcoming; see `buildNow` in src/siteConfig.ts and PG_TODAY.
 *
 * A date in an event file is either a calendar date, `2027-01-12`, or — in the example
 * municipality only — a number of days from the day the site is built, `+14d`, optionally
 * moved on to the next given weekday, `+14d tirsdag`, so a weekly course keeps its day
 * (docs/adr/0013-relative-datoer-i-eksempelet.md). Times are written `18:00` or `18.00`.
 */
import { DateTime } from 'luxon';

/** The time zone every date and time in the content is in. */
export const TIME_ZONE = 'Europe/Oslo';
let LOCALE = 'nb';

/**
 * The locale month and weekday names are written in: `nb` by default; the site sets its
 * own written language once (src/i18n/index.ts), so a nynorsk site writes «tysdag».
 */
export function setDateLocale(locale: string): void {
  LOCALE = locale;
}

/** `2027-01-12`. */
export const ABSOLUTE_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The weekdays a relative date may move on to, Monday first (luxon's weekday 1–7). */
export const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'] as const;
/** `+14d`, `-3d` or `+14d tirsdag`: days from the build date, then on to that weekday. */
export const RELATIVE_DATE = new RegExp(`^([+-])(\\d{1,3})d(?: (${WEEKDAYS.join('|')}))?$`);
/** `18:00` or `18.00`, 00:00–23:59. */
export const CLOCK_TIME = /^([01]\d|2[0-3])[:.]([0-5]\d)$/;

export const isRelativeDate = (value: string): boolean => RELATIVE_DATE.test(value);

/** True for a real calendar date written `ÅÅÅÅ-MM-DD` (not 2027-02-30). */
export function isCalendarDate(value: string): boolean {
  return ABSOLUTE_DATE.test(value) && DateTime.fromISO(value, { zone: TIME_ZONE }).isValid;
}

/** The calendar date (`ÅÅÅÅ-MM-DD`) a date value stands for, counted from `today` (`ÅÅÅÅ-MM-DD`). */
export function resolveDate(value: string, today: string): string {
  const relative = RELATIVE_DATE.exec(value);
  if (!relative) return value;
  const days = Number(relative[2]) * (relative[1] === '-' ? -1 : 1);
  const day = DateTime.fromISO(today, { zone: TIME_ZONE }).plus({ days });
  const weekday = relative[3] ? WEEKDAYS.indexOf(relative[3] as (typeof WEEKDAYS)[number]) + 1 : day.weekday;
  return day.plus({ days: (weekday - day.weekday + 7) % 7 }).toISODate() ?? value;
}

/** `18.00` → `18:00`. */
export const normaliseTime = (value: string): string => value.replace('.', ':');

/** The moment a date and a clock time mean in Oslo. `at('2027-03-30', '18:00')` is 16:00 UTC (summer time). */
export function at(date: string, time: string): DateTime {
  return DateTime.fromISO(`${date}T${normaliseTime(time)}`, { zone: TIME_ZONE, locale: LOCALE });
}

/** The date in Oslo of a moment, `ÅÅÅÅ-MM-DD`. */
export const osloDate = (moment: DateTime): string => moment.setZone(TIME_ZONE).toISODate() ?? '';

/**
 * «Now» for a build: the start of `today` in Oslo when PG_TODAY is given (tests, or
 * building a site as it will look on a given day), else the real now.
 */
export function buildMoment(today: string | undefined, real: Date = new Date()): DateTime {
  if (today) {
    if (!isCalendarDate(today)) throw new Error(`PG_TODAY må være en dato på formen ÅÅÅÅ-MM-DD, fikk «${today}»`);
    return DateTime.fromISO(today, { zone: TIME_ZONE, locale: LOCALE }).startOf('day');
  }
  return DateTime.fromJSDate(real, { zone: TIME_ZONE }).setLocale(LOCALE);
}

// Words for dates come from the locale data (Intl, the site's language): month and weekday names.

/** «tirsdag 12. januar 2027». */
export const longDate = (moment: DateTime): string => moment.setLocale(LOCALE).toFormat('cccc d. MMMM yyyy');
/** «tirsdag 12. januar». */
export const dayAndMonth = (moment: DateTime): string => moment.setLocale(LOCALE).toFormat('cccc d. MMMM');
/** «12. januar». */
export const shortDate = (moment: DateTime): string => moment.setLocale(LOCALE).toFormat('d. MMMM');
/** «12. jan.», for the date badge. */
export const dayNumber = (moment: DateTime): string => moment.setLocale(LOCALE).toFormat('d.');
export const monthShort = (moment: DateTime): string => moment.setLocale(LOCALE).toFormat('MMM');
/** «januar 2027», a month heading. */
export const monthHeading = (moment: DateTime): string => moment.setLocale(LOCALE).toFormat('MMMM yyyy');
/** «18.00», as Norwegian writes the time of day. */
export const clock = (moment: DateTime): string => moment.toFormat('HH.mm');
/** An ISO moment with the offset, for machines: `2027-01-12T18:00:00+01:00`. */
export const isoWithOffset = (moment: DateTime): string => moment.toISO({ suppressMilliseconds: true }) ?? '';
/** A month key, `2027-01`, for grouping. */
export const monthKey = (moment: DateTime): string => moment.toFormat('yyyy-MM');
