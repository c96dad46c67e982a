/** The dictionary's words for the guide in the browser: `guide.*` without the prefix, camel-cased. */

/** Keys only the page itself uses, not the guide in the browser. */
const PAGE_ONLY = ['guide.title', 'guide.lead', 'guide.privacy', 'guide.noscript', 'guide.noscriptOffers', 'guide.noscriptNeeds', 'guide.noscriptCall'];

/** `guide.kind.vedtak` → `kindVedtak`. */
const textKey = (key: string) => key.slice('guide.'.length).replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());

export const guideText = (dictionary: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(dictionary)
      .filter(([key]) => key.startsWith('guide.') && !PAGE_ONLY.includes(key))
      .map(([key, value]) => [textKey(key), value]),
  );
