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
import { nationalDir, siteLanguage } from '../siteConfig';

const read = (root: string, name: string): unknown => parse(readFileSync(join(root, nationalDir(siteLanguage(root)), 'veiviser', name), 'utf8'));

export function loadGuideQuestions(root = process.cwd()): GuideQuestion[] {
  return questionsSchema.parse(read(root, 'sporsmal.yaml')).questions as GuideQuestion[];
}

export function loadGuideRules(root = process.cwd()): GuideRules {
  return rulesSchema.parse(read(root, 'regler.yaml')) as GuideRules;
}
