/**
 * schema.org `Event` data for an event's page, so search engines can show the date and
 * the place. A course is one Event with a sub-event per meeting still to come; a café
 * (`treff`) is one Event per meeting. Times carry their Oslo offset (+01:00 or +02:00).
 * Pure; the page writes it as `<script type="application/ld+json">`, which is data, not code.
 */
import { isoWithOffset } from './dates';
import type { Meeting, ResolvedEvent } from './events';
import { meetingTitle } from './words';

export interface JsonLdContext {
  /** The event page's absolute address. */
  url: string;
  /** Who holds it: the municipality. */
  organizer: { name: string; url: string };
  /** The language the page is written in: `nb` or `nn`. */
  inLanguage: string;
}

type Json = Record<string, unknown>;

export function eventJsonLd(event: ResolvedEvent, context: JsonLdContext): Json {
  const { data } = event;
  const location = {
    '@type': 'Place',
    name: data.place.name,
    address: { '@type': 'PostalAddress', streetAddress: data.place.address, addressCountry: 'NO' },
  };
  const common = {
    '@type': 'Event',
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location,
    organizer: { '@type': 'Organization', ...context.organizer },
    url: context.url,
    inLanguage: context.inLanguage,
    ...(data.text ? { description: data.text } : {}),
    ...(data.capacity ? { maximumAttendeeCapacity: data.capacity } : {}),
  };
  const times = (meeting: Meeting) => ({ startDate: isoWithOffset(meeting.start), endDate: isoWithOffset(meeting.end) });

  const graph: Json[] =
    data.format === 'treff'
      ? event.upcoming.map((meeting) => ({ ...common, name: data.title, ...times(meeting) }))
      : event.upcoming.length === 0
        ? []
        : [
            {
              ...common,
              name: data.title,
              startDate: isoWithOffset(event.upcoming[0]!.start),
              endDate: isoWithOffset(event.upcoming.at(-1)!.end),
              ...(event.upcoming.length > 1
                ? { subEvent: event.upcoming.map((meeting) => ({ '@type': 'Event', name: meetingTitle(event, meeting), location, ...times(meeting) })) }
                : {}),
            },
          ];
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** JSON for inside a `<script>` element: `<` is escaped so the text can never close the element. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
