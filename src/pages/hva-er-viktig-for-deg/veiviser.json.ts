/**
 * The guide's data as a file of its own (`/hva-er-viktig-for-deg/veiviser.json`): the
 * questions, the rules and what the result shows, written once at build time. The page
 * asks for it as soon as it starts loading (a preload link), so the page's own HTML stays
 * small enough for the first round trip (docs/adr/0012-veiviserens-data-som-json.md).
 */
import type { APIRoute } from 'astro';
import { guideData, guideDataJson } from '../../data/guideProps';

export const GET: APIRoute = async () => new Response(guideDataJson(await guideData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
