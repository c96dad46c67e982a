/**
 * The words the English pages under /en/ show, in British English. Not every key: only what
 * the English section uses (docs/adr/0017-engelsk-del.md). Each key is a bokmål key with the
 * same `{placeholders}`, or an English-only key that begins with `en.`; the build checks both
 * (`checkEnglishDictionary` in src/i18n/index.ts), and stops when an English page asks for a
 * key that is missing here.
 */
import { core } from './en/core';
import { guide } from './en/guide';
import { search } from './en/search';

export const en = {
  ...core,
  ...guide,
  ...search,
} as const;
