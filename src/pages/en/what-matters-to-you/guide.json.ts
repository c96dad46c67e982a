/** The English guide's data as a file of its own, like /hva-er-viktig-for-deg/veiviser.json (docs/adr/0012, 0017). */
import type { APIRoute } from 'astro';
import { guideData, guideDataJson } from '../../../data/guideProps';

export const GET: APIRoute = async () => new Response(guideDataJson(await guideData('en')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
