/**
 * The events for pages and calendar files: each with its meetings in Oslo time, counted
 * from the build's «now» (PG_TODAY, or the real today), and with the offer it belongs to.
 * Past meetings drop out here, once, for every page of the build; so do the events of an
 * offer that is a draft this build leaves out.
 */
import { getCollection } from 'astro:content';
import type { DateTime } from 'luxon';
import { buildMoment, osloDate } from '../lib/events/dates';
import { isUpcoming, occurrences, resolveEvent, type Occurrence, type ResolvedEvent } from '../lib/events/events';
import { fillProfile } from '../lib/profileText';
import type { EventData } from '../schemas';
import { hasEventFiles, todayOverride } from '../siteConfig';
import { getOffers, getProfileWords, type Offer } from './site';

/** The moment the site is built for. Every page of one build uses the same. */
export const buildNow: DateTime = buildMoment(todayOverride());
/** The build's date in Oslo, `ÅÅÅÅ-MM-DD`. */
export const buildToday: string = osloDate(buildNow);

/** An event with its offer. */
export type CalendarEvent = ResolvedEvent<EventData> & { offer: Offer };
export type CalendarLine = Occurrence<CalendarEvent>;

let cache: Promise<CalendarEvent[]> | undefined;

/** Every event file, past ones too (their pages stay, and say that they are over), by first meeting. */
export function getEvents(): Promise<CalendarEvent[]> {
  cache ??= (async () => {
    const words = await getProfileWords();
    const offers = new Map((await getOffers()).map((offer) => [offer.id, offer]));
    // An offer with a file that this build does not publish is a draft left out: its events go with it.
    const drafts = new Set((await getCollection('tilbud')).map((offer) => offer.id).filter((id) => !offers.has(id)));
    // Without event files the collection is empty, and Astro would warn on asking for it.
    if (!hasEventFiles()) return [];
    return (await getCollection('arrangementer'))
      .flatMap((entry) => {
        const data = { ...entry.data, title: fillProfile(entry.data.title, words), ...(entry.data.text ? { text: fillProfile(entry.data.text, words) } : {}) };
        const offer = offers.get(entry.data.offer);
        if (!offer && drafts.has(entry.data.offer)) return [];
        if (!offer) throw new Error(`Fant ikke tilbudet «${entry.data.offer}» for arrangementet «${entry.id}».`);
        return [{ ...resolveEvent(entry.id, data, buildToday, buildNow), offer }];
      })
      .sort((a, b) => (a.meetings[0]?.start.toMillis() ?? 0) - (b.meetings[0]?.start.toMillis() ?? 0));
  })();
  return cache;
}

/** The events with a meeting still to come. */
export async function getUpcomingEvents(): Promise<CalendarEvent[]> {
  return (await getEvents()).filter(isUpcoming);
}

/** The lines of the calendar, in time order (see src/lib/events/events.ts). */
export async function getCalendarLines(): Promise<CalendarLine[]> {
  return occurrences(await getUpcomingEvents());
}

/** The facts the calendar's filters use: the needs and target groups of the event's offer. */
export const filterFacts = (line: { event: CalendarEvent }) => ({ data: { needs: line.event.offer.data.needs, targetGroups: line.event.offer.data.targetGroups } });
