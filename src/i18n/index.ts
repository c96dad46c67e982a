/**
 * The UI dictionary and `t()`. The schema is built from the Norwegian dictionary and
 * the closed vocabularies, so a language that lacks a key, or a vocabulary code without
 * a label, fails at build time rather than in front of a reader.
 */
import { z } from 'astro/zod';
import { VOCABULARIES } from '../lib/vocabulary';
import { nb } from './nb';
import { plural, type PluralForms } from './plural';

export type UiKey = keyof typeof nb;

const vocabularyKeys = Object.entries(VOCABULARIES).flatMap(([list, codes]) => codes.map((code) => `vocab.${list}.${code}`));
const requiredKeys = [...new Set([...Object.keys(nb), ...vocabularyKeys])];

/** A dictionary must have every key, each a non-empty string, and nothing else. */
export const dictionarySchema = z
  .object(Object.fromEntries(requiredKeys.map((key) => [key, z.string().min(1)])))
  .strict();

export const dictionaries = { nb: dictionarySchema.parse(nb) as Record<UiKey, string> };

/** The visible string for a key, with `{name}` placeholders filled. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries.nb[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The keys that come in two forms for a count: `<key>.one` and `<key>.other`. */
export type PluralKey = {
  [K in UiKey]: K extends `${infer Base}.other` ? (`${Base}.one` extends UiKey ? Base : never) : never;
}[UiKey];

/** Both forms of a counted phrase, for an island that picks one itself (see `plural`). */
export function pluralForms(key: PluralKey): PluralForms {
  return { one: dictionaries.nb[`${key}.one` as UiKey], other: dictionaries.nb[`${key}.other` as UiKey] };
}

/** A counted phrase in the right form: `tn('bundle.ready', 1)` → «Viser 1 side.», `tn('bundle.ready', 2)` → «Viser 2 sider.». */
export function tn(key: PluralKey, count: number, values: Record<string, string | number> = {}): string {
  return plural(pluralForms(key), count, values);
}

/** The label of a closed-vocabulary code, for example `vocabLabel('need', 'avlastning')`. */
export function vocabLabel<L extends keyof typeof VOCABULARIES>(list: L, code: (typeof VOCABULARIES)[L][number]): string {
  return dictionaries.nb[`vocab.${list}.${code}` as UiKey];
}
