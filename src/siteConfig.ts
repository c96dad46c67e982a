/**
 * Where the content is, read from the environment so one code base builds any
 * municipality: `PG_LOKALT` names the local content folder (default `content/lokalt`),
 * `PG_SITE_URL` overrides the address in the profile, `PG_OUT` the output folder, and
 * `PG_TODAY` (`ÅÅÅÅ-MM-DD`) the day the site is built for: past events drop out counted
 * from it (default: the real today), so tests and previews are the same every day.
 * `PG_DRAFTS=1` builds drafts (`draft: true`) with an «Utkast» label: `npm start` and
 * `npm run dev` set it; `npm run build` does not, so a published site has no drafts.
 *
 * The site's written language (`language` in the profile, `nb` or `nn`) decides which
 * national folder the site is built from: `content/nasjonalt` (bokmål) or
 * `content/nasjonalt-nn` (nynorsk), the same files under the same names
 * (docs/adr/0015-skriftspraak-per-kommune.md). The content collections load before the
 * profile is parsed, so the language is read here from the profile's YAML itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

import { DEFAULT_LANGUAGE, LANGUAGES, type SiteLanguage } from './i18n/languages';

export { DEFAULT_LANGUAGE, LANGUAGES, type SiteLanguage };

/** The national folder for each written language. */
export const NATIONAL_DIRS: Record<SiteLanguage, string> = { nb: 'content/nasjonalt', nn: 'content/nasjonalt-nn' };

/** The English section's national folder (docs/adr/0017-engelsk-del.md), the same in every municipality. */
export const ENGLISH_DIR = 'content/nasjonalt-en';
/** Where a municipality writes English versions of its own offers: `<local>/en/tilbud/<id>.mdx`. */
export const localEnglishDir = (): string => `${localDir()}/en`;

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

const isLanguage = (value: unknown): value is SiteLanguage => (LANGUAGES as readonly unknown[]).includes(value);

/**
 * The written language a profile file asks for: its `language` field, `nb` when it has
 * none (or when there is no profile, which the content check reports on its own).
 * An unknown value stops the build with a message naming the file and the field.
 */
export function languageOfProfile(profileFile: string): SiteLanguage {
  if (!existsSync(profileFile)) return DEFAULT_LANGUAGE;
  let data: unknown;
  try {
    data = parse(readFileSync(profileFile, 'utf8'));
  } catch {
    return DEFAULT_LANGUAGE; // the content check names the YAML error
  }
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>).language : undefined;
  if (value === undefined || value === null) return DEFAULT_LANGUAGE;
  if (isLanguage(value)) return value;
  throw new Error(`${profileFile}: language: «${String(value)}» er ikke et skriftspråk nettstedet kan; skriv nb (bokmål) eller nn (nynorsk)`);
}

/** The site's written language, from the profile in the local folder (PG_LOKALT). */
export const siteLanguage = (root = process.cwd()): SiteLanguage => languageOfProfile(join(root, localDir(), 'profil.yaml'));

/** The national folder this site is built from, relative to the project: `content/nasjonalt` or `content/nasjonalt-nn`. */
export const nationalDir = (language: SiteLanguage = siteLanguage()): string => NATIONAL_DIRS[language];
