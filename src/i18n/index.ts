/**
 * The UI dictionaries and `t()`. The schema is built from the bokmål dictionary and
 * the closed vocabularies, so a language that lacks a key or has one too many, a key whose
 * `{placeholders}` differ from bokmål's, or a vocabulary code without a label, fails at
 * build time rather than in front of a reader. `t()`, `tn()` and `vocabLabel()` speak the
 * site's written language (`language` in the profile, see src/siteConfig.ts).
 */
import { z } from 'astro/zod';
import { VOCABULARIES } from '../lib/vocabulary';
import { setDateLocale } from '../lib/events/dates';
import { siteLanguage, type SiteLanguage } from '../siteConfig';
import type { PageLanguage } from './languages';

export type { PageLanguage };
import { nb } from './nb';
import { nn } from './nn';
import { en } from './en';
import { intlLocale, plural, type PluralForms } from './plural';

export type UiKey = keyof typeof nb;

const vocabularyKeys = Object.entries(VOCABULARIES).flatMap(([list, codes]) => codes.map((code) => `vocab.${list}.${code}`));
const requiredKeys = [...new Set([...Object.keys(nb), ...vocabularyKeys])];

/** A dictionary must have every key, each a non-empty string, and nothing else. */
export const dictionarySchema = z
  .object(Object.fromEntries(requiredKeys.map((key) => [key, z.string().min(1)])))
  .strict();

const placeholders = (text: string): string => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort().join(', ');

/**
 * A dictionary checked against bokmål, key for key and placeholder for placeholder.
 * Throws one message naming the language file and every key that is wrong.
 */
export function checkDictionary(language: SiteLanguage, words: Record<string, string>): Record<UiKey, string> {
  const parsed = dictionarySchema.safeParse(words);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(nøkkel)'}: ${issue.code === 'unrecognized_keys' ? `ukjente nøkler ${(issue as { keys: string[] }).keys.join(', ')}` : 'mangler eller er tom'}`);
  for (const key of Object.keys(nb) as UiKey[]) {
    const value = words[key];
    if (typeof value === 'string' && placeholders(value) !== placeholders(nb[key])) {
      problems.push(`${key}: har plassholderne {${placeholders(value)}}, bokmål har {${placeholders(nb[key])}}`);
    }
  }
  if (problems.length > 0) throw new Error(`Ordboken src/i18n/${language}.ts stemmer ikke med src/i18n/nb.ts:\n${problems.join('\n')}`);
  return words as Record<UiKey, string>;
}

export const dictionaries: Record<SiteLanguage, Record<UiKey, string>> = {
  nb: checkDictionary('nb', nb),
  nn: checkDictionary('nn', nn),
};

/** The site's written language, from the profile: `nb` or `nn`. Also the `<html lang>` of every page. */
export const language: SiteLanguage = siteLanguage();
/** The locale for dates, numbers and plural forms (Intl), in the site's language. */
export const locale = intlLocale(language);
setDateLocale(locale);
const words = dictionaries[language];

/** The visible string for a key, with `{name}` placeholders filled. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  const template = words[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The keys that come in two forms for a count: `<key>.one` and `<key>.other`. */
export type PluralKey = {
  [K in UiKey]: K extends `${infer Base}.other` ? (`${Base}.one` extends UiKey ? Base : never) : never;
}[UiKey];

/** Both forms of a counted phrase and the language's rules, for an island that picks one itself (see `plural`). */
export function pluralForms(key: PluralKey): PluralForms {
  return { one: words[`${key}.one` as UiKey], other: words[`${key}.other` as UiKey], locale };
}

/** A counted phrase in the right form: `tn('bundle.ready', 1)` → «Viser 1 side.», `tn('bundle.ready', 2)` → «Viser 2 sider.». */
export function tn(key: PluralKey, count: number, values: Record<string, string | number> = {}): string {
  return plural(pluralForms(key), count, values);
}

/** The label of a closed-vocabulary code, for example `vocabLabel('need', 'avlastning')`. */
export function vocabLabel<L extends keyof typeof VOCABULARIES>(list: L, code: (typeof VOCABULARIES)[L][number]): string {
  return words[`vocab.${list}.${code}` as UiKey];
}

/**
 * The English dictionary (src/i18n/en.ts) has only the words the English pages show, not
 * every key: the English section is small (docs/adr/0017-engelsk-del.md). Each of its keys is
 * either a bokmål key, with the same `{placeholders}`, or an English-only key (`en.*`), which
 * the Norwegian pages never use. A page that asks for a key the English dictionary lacks stops
 * the build (see `translator`).
 */
export function checkEnglishDictionary(words: Record<string, string>): Record<string, string> {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(words)) {
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${key}: mangler eller er tom`);
    else if (key.startsWith('en.')) continue;
    else if (!(key in nb)) problems.push(`${key}: finnes ikke i bokmål (engelske nøkler som bare engelske sider bruker, begynner med «en.»)`);
    else if (placeholders(value) !== placeholders(nb[key as UiKey])) {
      problems.push(`${key}: har plassholderne {${placeholders(value)}}, bokmål har {${placeholders(nb[key as UiKey])}}`);
    }
  }
  if (problems.length > 0) throw new Error(`Ordboken src/i18n/en.ts stemmer ikke med src/i18n/nb.ts:\n${problems.join('\n')}`);
  return words;
}

export const english: Record<string, string> = checkEnglishDictionary(en);
export type EnglishKey = keyof typeof en;

/** The Intl locale of a page language: English pages write dates in British English. */
export const localeOf = (lang: PageLanguage): string => (lang === 'en' ? 'en-GB' : intlLocale(lang));

/** The `<html lang>` value of a page language. */
export const htmlLang = (lang: PageLanguage): string => lang;

/**
 * `t()` for one page's language. For the site's language it is `t()`; for English it reads
 * src/i18n/en.ts and stops the build, naming the key, when an English page uses a word the
 * English dictionary does not have (never a Norwegian word on an English page).
 */
export function translator(lang: PageLanguage = language): (key: UiKey | EnglishKey, values?: Record<string, string | number>) => string {
  if (lang !== 'en') {
    const dictionary = dictionaries[lang] as Record<string, string>;
    return (key, values = {}) => {
      const template = dictionary[key];
      if (template === undefined) throw new Error(`Ordboken src/i18n/${lang}.ts mangler nøkkelen «${key}».`);
      return fillIn(template, values);
    };
  }
  return (key, values = {}) => {
    const template = english[key];
    if (template === undefined) throw new Error(`Ordboken src/i18n/en.ts mangler nøkkelen «${key}», som en engelsk side bruker.`);
    return fillIn(template, values);
  };
}

/** Both forms of a counted phrase in a page's language (English has `one` and `other` too). */
export function pluralFormsIn(lang: PageLanguage, key: PluralKey): PluralForms {
  const tr = translator(lang);
  return { one: tr(`${key}.one` as UiKey), other: tr(`${key}.other` as UiKey), locale: localeOf(lang) };
}

const fillIn = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
