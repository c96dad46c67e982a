/**
 * The site's own words for a test: each built site speaks the written language its profile
 * chose, so a test that looks for a word of the interface looks for it in that site's
 * dictionary (src/i18n/nb or src/i18n/nn), not always in bokmål.
 */
import type { PluralKey, UiKey } from '../../src/i18n';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { intlLocale, plural } from '../../src/i18n/plural';
import type { SiteLanguage } from '../../src/siteConfig';
import type { BuiltSite } from './sites';

export const DICTIONARIES: Record<SiteLanguage, Record<UiKey, string>> = { nb, nn };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

export interface SiteWords {
  dictionary: Record<UiKey, string>;
  t: (key: UiKey, values?: Record<string, string | number>) => string;
  tn: (key: PluralKey, count: number, values?: Record<string, string | number>) => string;
}

/** `t`, `tn` and the dictionary of a built site, in its language. */
export function wordsFor(site: Pick<BuiltSite, 'language'>): SiteWords {
  const dictionary = DICTIONARIES[site.language];
  const locale = intlLocale(site.language);
  return {
    dictionary,
    t: (key, values = {}) => fill(dictionary[key], values),
    tn: (key, count, values = {}) => plural({ one: dictionary[`${key}.one` as UiKey], other: dictionary[`${key}.other` as UiKey], locale }, count, values),
  };
}
