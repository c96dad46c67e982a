/**
 * The calendar files' contents, for the endpoints that write them: one file per event
 * (`/kalender/<id>.ics`) and one with everything coming (`/kalender.ics`). Each meeting
 * still to come is one entry, with the words a relative needs in its description.
 */
import { calendarFile, type CalendarEntry } from '../lib/events/ics';
import { calendarDescription, meetingTitle, placeText } from '../lib/events/words';
import { eventPath, withBase } from '../lib/routes';
import { t } from '../i18n';
import { buildNow, type CalendarEvent } from './events';
import { getContact, getProfile } from './site';

/** The entries of some events, with addresses under `site` and `base`. */
async function entries(events: readonly CalendarEvent[], site: URL, base: string): Promise<CalendarEntry[]> {
  const profile = await getProfile();
  const list: CalendarEntry[] = [];
  for (const event of events) {
    const url = new URL(withBase(base, eventPath(event.id)), site).href;
    const contact = await getContact(event.data.contact);
    const description = calendarDescription(event, buildNow, { url, contact, example: profile.example });
    for (const meeting of event.upcoming) {
      list.push({
        uid: `${event.id}-${meeting.start.toFormat("yyyyLLdd'T'HHmm")}@${site.host}`,
        summary: meetingTitle(event, meeting),
        description,
        location: placeText(event),
        url,
        start: meeting.start,
        end: meeting.end,
      });
    }
  }
  return list;
}

/** A calendar file with the given events; its name says which municipality (and «eksempel» for the example). */
export async function calendarText(events: readonly CalendarEvent[], site: URL, base: string, name?: string): Promise<string> {
  const profile = await getProfile();
  const calendarName = name ?? t('calendar.feedName', { kommune: profile.municipality });
  return calendarFile({
    name: profile.example ? t('calendar.exampleName', { name: calendarName }) : calendarName,
    description: t('calendar.feedDescription', { kommune: profile.municipality }),
    url: new URL(withBase(base, '/kalender/'), site).href,
    entries: await entries(events, site, base),
    stamp: buildNow,
  });
}

export const ICS_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' };
