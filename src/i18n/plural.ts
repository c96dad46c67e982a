/**
 * Counted words: «1 side», «2 sider». The dictionary has a count's forms as two keys,
 * `<key>.one` and `<key>.other`, and this picks one by the language's plural rules
 * (for bokmål and nynorsk alike: `one` for 1, `other` for every other number, 0 too). Pure,
 * with no dictionary of its own, so the islands can use it with the forms the page gave them.
 */
export interface PluralForms {
  one: string;
  other: string;
  /** The Intl locale whose rules pick the form: `nb-NO` or `nn-NO`. Default: `nb-NO`. */
  locale?: string;
}

/**
 * The Intl locale for a written language: `nb-NO` or `nn-NO`. A runtime without nynorsk
 * locale data (a small ICU) gets bokmål's, which writes dates and plurals the closest.
 */
export function intlLocale(language: string): string {
  const wanted = `${language}-NO`;
  return Intl.DateTimeFormat.supportedLocalesOf([wanted]).length > 0 && Intl.PluralRules.supportedLocalesOf([wanted]).length > 0 ? wanted : 'nb-NO';
}

const rules = new Map<string, Intl.PluralRules>();
const rulesFor = (locale: string): Intl.PluralRules => {
  let found = rules.get(locale);
  if (!found) rules.set(locale, (found = new Intl.PluralRules(locale)));
  return found;
};

/** The form for a count, with `{count}` and any other `{name}` placeholders filled. */
export function plural(forms: PluralForms, count: number, values: Record<string, string | number> = {}): string {
  const template = rulesFor(forms.locale ?? 'nb-NO').select(count) === 'one' ? forms.one : forms.other;
  const all: Record<string, string | number> = { count, ...values };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in all ? String(all[name]) : whole));
}
