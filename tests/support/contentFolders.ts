/**
 * The content folders a test of the content reads: every written language's national
 * folder (content/nasjonalt, content/nasjonalt-nn), each with the local folder when it is
 * the language of the site being tested (PG_LOKALT, default content/lokalt), so a check
 * that holds for bokmål holds for nynorsk too.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGUAGES, localDir, NATIONAL_DIRS, siteLanguage, type SiteLanguage } from '../../src/siteConfig';

export interface ContentFolders {
  language: SiteLanguage;
  national: string;
  /** The local folder, or undefined when this language is not the site's. */
  local: string | undefined;
}

export function contentFolders(root: string): ContentFolders[] {
  const own = siteLanguage(root);
  return LANGUAGES.filter((language) => existsSync(join(root, NATIONAL_DIRS[language]))).map((language) => ({
    language,
    national: join(root, NATIONAL_DIRS[language]),
    local: language === own ? resolve(root, localDir()) : undefined,
  }));
}

/** A folder that does not exist, for reading a national folder without a local one. */
export const NO_LOCAL_FOLDER = '/nonexistent-local-folder';
