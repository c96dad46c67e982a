/**
 * The short addresses and moved pages, read the same way the integration reads them
 * (national file, then the local one), for pages that list them (the staff page).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { getOffers, getPages } from './site';
import { readRedirects, type Redirect } from '../lib/redirects';
import { STATIC_ROUTES } from '../lib/routes';
import { isSecondPass, localDir, nationalDir } from '../siteConfig';

export async function getRedirects(): Promise<Redirect[]> {
  // Short addresses and moved pages belong to the main site only: the second written language has none (docs/adr/0018).
  if (isSecondPass()) return [];
  const files = [join(nationalDir(), 'omdirigeringer.yaml'), join(localDir(), 'omdirigeringer.yaml')]
    .filter((file) => existsSync(file))
    .map((file) => ({ file, data: parse(readFileSync(file, 'utf8')) as unknown }));
  const known = {
    offerIds: new Set((await getOffers()).map((offer) => offer.id)),
    pageIds: new Set((await getPages()).map((page) => page.id)),
    staticRoutes: new Set<string>(STATIC_ROUTES),
  };
  return readRedirects(files, known).redirects;
}
