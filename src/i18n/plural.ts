/**
 * Counted words: «1 side», «2 sider». The dictionary has a count's forms as two keys,
 * `<key>.one` and `<key>.other`, and this picks one by the language's plural rules
 * (for bokmål: `one` for 1, `other` for every other number, 0 too). Pure, with no
 * dictionary of its own, so the islands can use it with the forms the page gave them.
 */
export interface PluralForms {
  one: string;
  other: string;
}

const rules = new Intl.PluralRules('nb');

/** The form for a count, with `{count}` and any other `{name}` placeholders filled. */
export function plural(forms: PluralForms, count: number, values: Record<string, string | number> = {}): string {
  const template = rules.select(count) === 'one' ? forms.one : forms.other;
  const all: Record<string, string | number> = { count, ...values };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in all ? String(all[name]) : whole));
}
