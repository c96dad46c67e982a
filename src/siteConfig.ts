/**
 * Where the content is, read from the environment so one code base builds any
 * municipality: `PG_LOKALT` names the local content folder (default `content/lokalt`),
 * `PG_SITE_URL` overrides the address in the profile, `PG_OUT` the output folder, and
 * `PG_TODAY` (`ÅÅÅÅ-MM-DD`) the day the site is built for: past events drop out counted
 * from it (default: the real today), so tests and previews are the same every day.
 * `PG_DRAFTS=1` builds drafts (`draft: true`) with an «Utkast» label: `npm start` and
 * `npm run dev` set it; `npm run build` does not, so a published site has no drafts.
 */
import { readdirSync } from 'node:fs';

export const NATIONAL_DIR = 'content/nasjonalt';
export const localDir = (): string => process.env.PG_LOKALT ?? 'content/lokalt';
export const outDir = (): string => process.env.PG_OUT ?? 'dist';
export const siteUrlOverride = (): string | undefined => process.env.PG_SITE_URL || undefined;
export const todayOverride = (): string | undefined => process.env.PG_TODAY || undefined;
export const includeDrafts = (): boolean => process.env.PG_DRAFTS === '1';

/**
 * True when the local folder has event files (`arrangementer/*.yaml`). A new municipality
 * has none yet; then the collection is not loaded at all, so the build says nothing about it.
 */
export const hasEventFiles = (): boolean => {
  try {
    return readdirSync(`${localDir()}/arrangementer`).some((name) => !name.startsWith('_') && name.endsWith('.yaml'));
  } catch {
    return false;
  }
};
