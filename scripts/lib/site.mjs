/**
 * The site's address for the scripts, read the same way the build reads it:
 * the profile's siteUrl (in PG_LOKALT, default content/lokalt), or PG_SITE_URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function siteUrl() {
  if (process.env.PG_SITE_URL) return new URL(process.env.PG_SITE_URL);
  const profile = parse(readFileSync(join(process.env.PG_LOKALT ?? 'content/lokalt', 'profil.yaml'), 'utf8'));
  return new URL(profile.siteUrl);
}

export function siteBase() {
  const { pathname } = siteUrl();
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}
