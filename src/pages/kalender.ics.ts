/** The whole calendar as one file to subscribe to, /kalender.ics: every meeting still to come. */
import type { APIRoute } from 'astro';
import { calendarText, ICS_HEADERS } from '../data/calendarFiles';
import { getUpcomingEvents } from '../data/events';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Kalenderfilen trenger nettstedets adresse (siteUrl i profil.yaml).');
  return new Response(await calendarText(await getUpcomingEvents(), site, import.meta.env.BASE_URL), { headers: ICS_HEADERS });
};
