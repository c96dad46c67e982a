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
import { resolve } from 'node:path';
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

/**
 * The written language this build speaks: the profile's `language`, or in the build of the
 * second written language (`alsoLanguage`) that one.
 */
export const siteLanguage = (root = process.cwd()): SiteLanguage => passLanguage() ?? languageOfProfile(resolve(root, localDir(), 'profil.yaml'));

/** The national folder this site is built from, relative to the project: `content/nasjonalt` or `content/nasjonalt-nn`. */
export const nationalDir = (language: SiteLanguage = siteLanguage()): string => NATIONAL_DIRS[language];

/**
 * The second written language a profile publishes beside the main one (`alsoLanguage`,
 * docs/adr/0018-bokmaal-og-nynorsk-side-om-side.md), or undefined. Like `language`, it is read
 * from the YAML itself; an unknown value, or the main language again, stops the build with
 * file and field.
 */
export function alsoLanguageOfProfile(profileFile: string): SiteLanguage | undefined {
  if (!existsSync(profileFile)) return undefined;
  let data: unknown;
  try {
    data = parse(readFileSync(profileFile, 'utf8'));
  } catch {
    return undefined;
  }
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>).alsoLanguage : undefined;
  if (value === undefined || value === null) return undefined;
  if (!isLanguage(value)) throw new Error(`${profileFile}: alsoLanguage: «${String(value)}» er ikke et skriftspråk nettstedet kan; skriv nb (bokmål) eller nn (nynorsk)`);
  if (value === languageOfProfile(profileFile)) throw new Error(`${profileFile}: alsoLanguage: «${value}» er det samme som language; skriv det andre skriftspråket, eller ta bort feltet`);
  return value;
}

/**
 * The build of the second written language runs as a second `astro build` that the first one
 * starts (src/integrations/alsoLanguage.ts), with `PG_PASS_LANGUAGE` set to that language and
 * `PG_MAIN_URL` to the main site's address. Unset in the main build.
 */
export const passLanguage = (): SiteLanguage | undefined => {
  const value = process.env.PG_PASS_LANGUAGE;
  return value && isLanguage(value) ? value : undefined;
};
/** True in the build of the second written language, under `<base><lang>/`. */
export const isSecondPass = (): boolean => passLanguage() !== undefined;

/** The main written language: the profile's `language`, in both builds. */
export const mainLanguage = (root = process.cwd()): SiteLanguage => languageOfProfile(resolve(root, localDir(), 'profil.yaml'));
/** The second written language the profile publishes (`alsoLanguage`), or undefined. */
export const alsoLanguage = (root = process.cwd()): SiteLanguage | undefined => alsoLanguageOfProfile(resolve(root, localDir(), 'profil.yaml'));

/**
 * Where a municipality writes its own offers and guide pages in the second written language:
 * `<local>/<lang>/tilbud/<id>.mdx` and `<local>/<lang>/sider/<id>.mdx`.
 */
export const localLanguageDir = (lang: SiteLanguage): string => `${localDir()}/${lang}`;

/** The local folders whose files may have a version in the second written language. */
export const VERSIONED_FOLDERS = ['tilbud', 'sider'] as const;
export type VersionedFolder = (typeof VERSIONED_FOLDERS)[number];

/** The content files in a folder (`.mdx`, not shared texts starting with `_`), by file name; none when the folder is missing. */
export const mdxFileNames = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')) : []);

/**
 * The local offers or guide pages (file names without `.mdx`) that have no version in `lang`.
 * In that language's build an offer without one gets a page that says so
 * (src/pages/tilbud/[id].astro), and a guide page is shown as written, marked as the main
 * language (src/layouts/GuidePage.astro).
 */
export function withoutVersion(folder: VersionedFolder, lang: SiteLanguage, root = process.cwd()): string[] {
  const translated = new Set(mdxFileNames(resolve(root, localLanguageDir(lang), folder)));
  return mdxFileNames(resolve(root, localDir(), folder))
    .filter((name) => !translated.has(name))
    .map((name) => name.slice(0, -'.mdx'.length));
}

/** The main site's address in the build of the second written language (`PG_MAIN_URL`), or undefined in the main build. */
export const mainUrlOverride = (): string | undefined => (isSecondPass() && process.env.PG_MAIN_URL) || undefined;
/** The main site's base (`/`, `/parorende/`) in the build of the second written language. */
export const mainBaseOverride = (): string | undefined => {
  const url = mainUrlOverride();
  return url ? new URL(url).pathname : undefined;
};
