/**
 * Reads the guide's questions and rules from the national folder's veiviser/ (content/nasjonalt or
 * content/nasjonalt-nn, in the site's language) at build time.
 * The pre-build check (src/lib/content/check.ts) has already stopped the build if they are
 * wrong; this parses them once more into the types the engine takes. Used by the page and the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GuideQuestion, GuideRules } from '../lib/guide/types';
import { questionsSchema, rulesSchema } from '../schemas/guide';
import type { PageLanguage } from '../i18n/languages';
import { ENGLISH_DIR, nationalDir, siteLanguage } from '../siteConfig';

/**
 * The folder with the guide's files: the national folder in the site's language, or in the
 * language asked for (`nb`, `nn`; the unit tests read one language whatever the site's is),
 * or the English section's (`en`).
 */
const guideDir = (root: string, lang?: PageLanguage): string => (lang === 'en' ? ENGLISH_DIR : nationalDir(lang ?? siteLanguage(root)));
const read = (root: string, name: string, lang?: PageLanguage): unknown => parse(readFileSync(join(root, guideDir(root, lang), 'veiviser', name), 'utf8'));

/** The questions; `lang: 'en'` reads the English ones (content/nasjonalt-en/veiviser/). */
export function loadGuideQuestions(root = process.cwd(), lang?: PageLanguage): GuideQuestion[] {
  return questionsSchema.parse(read(root, 'sporsmal.yaml', lang)).questions as GuideQuestion[];
}

/** The rules; `lang: 'en'` reads the English ones, the same rules with English reasons. */
export function loadGuideRules(root = process.cwd(), lang?: PageLanguage): GuideRules {
  return rulesSchema.parse(read(root, 'regler.yaml', lang)) as GuideRules;
}
