/**
 * A site in another written language than bokmål is built from its own national folder
 * (content/nasjonalt-nn), and only when that folder has every file the bokmål one has:
 * no page falls back to bokmål. Run before the build, with the other content checks.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { missingTranslations } from '../lib/content/mirror';
import { ContentError } from '../lib/content/issues';
import { DEFAULT_LANGUAGE, NATIONAL_DIRS, type SiteLanguage } from '../siteConfig';

/** Every file under a folder, as paths relative to it. */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    : [];

/**
 * A site in another written language than bokmål is built from its own national folder,
 * and only when that folder has every file the bokmål one has: no page falls back to bokmål.
 */
export function checkNationalFolder(root: string, language: SiteLanguage): void {
  if (language === DEFAULT_LANGUAGE) return;
  const original = NATIONAL_DIRS[DEFAULT_LANGUAGE];
  const translated = NATIONAL_DIRS[language];
  const problems = missingTranslations(filesUnder(join(root, original)), filesUnder(join(root, translated)), translated, original);
  if (problems.length > 0) throw new ContentError(problems);
}

