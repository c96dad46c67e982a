/** One event as a calendar file, /kalender/<id>.ics: its meetings still to come. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarText, ICS_HEADERS } from '../../data/calendarFiles';
import { getUpcomingEvents, type CalendarEvent } from '../../data/events';

export const getStaticPaths = (async () =>
  (await getUpcomingEvents()).map((event) => ({ params: { id: event.id }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { event } = props as { event: CalendarEvent };
  if (!site) throw new Error('Kalenderfilen trenger nettstedets adresse (siteUrl i profil.yaml).');
  return new Response(await calendarText([event], site, import.meta.env.BASE_URL, event.data.title), { headers: ICS_HEADERS });
};
