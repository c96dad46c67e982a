/**
 * Calendar files (iCalendar, RFC 5545), written by `ical-generator`: one file per event
 * and one for the whole calendar. Every time is written in Europe/Oslo with its TZID, and
 * the file carries the zone's VTIMEZONE (from `@touch4it/ical-timezones`), so a phone puts
 * 18:00 at 18:00 on both sides of the change to and from summer time.
 * Pure: it gets the entries with their words already written, and returns the file's text.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { DateTime } from 'luxon';
import { TIME_ZONE } from './dates';

/** One meeting as a calendar entry. */
export interface CalendarEntry {
  /** Stays the same when the file is made again, so a subscribed calendar updates the entry instead of adding one. */
  uid: string;
  summary: string;
  description: string;
  location: string;
  /** The event's page. */
  url: string;
  start: DateTime;
  end: DateTime;
}

export interface CalendarFileOptions {
  /** The calendar's name, as a subscribing app shows it. */
  name: string;
  /** One line about the calendar. */
  description?: string;
  /** The page the calendar belongs to. */
  url?: string;
  entries: readonly CalendarEntry[];
  /** When the file was made (DTSTAMP): the build's «now». */
  stamp: DateTime;
  /** How often a subscribing app should fetch the file again, in hours. Default: 12. */
  refreshHours?: number;
}

const vtimezone = (name: string): string | null => getVtimezoneComponent(name);

export function calendarFile(options: CalendarFileOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Pårørendeguiden', product: 'Kalender', language: 'NB' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: then DTSTAMP is written in UTC, as RFC 5545 wants, while every
    // event carries TZID=Europe/Oslo and the generator adds that zone's VTIMEZONE.
    timezone: { name: null, generator: vtimezone },
    ttl: (options.refreshHours ?? 12) * 60 * 60,
    ...(options.description ? { description: options.description } : {}),
    ...(options.url ? { url: options.url } : {}),
  });
  for (const entry of options.entries) {
    calendar.createEvent({
      id: entry.uid,
      stamp: options.stamp.toUTC(),
      start: entry.start.setZone(TIME_ZONE),
      end: entry.end.setZone(TIME_ZONE),
      timezone: TIME_ZONE,
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      url: entry.url,
    });
  }
  return calendar.toString();
}
