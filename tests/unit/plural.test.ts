/** Counted words take the dictionary's singular or plural form: «1 side», «2 sider». */
import { describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb';
import { dictionaries, language, pluralForms, tn } from '../../src/i18n';
import { plural } from '../../src/i18n/plural';

describe('plural', () => {
  const forms = { one: '{count} side', other: '{count} sider' };

  it('bruker entall for 1 og flertall for alt annet, også 0', () => {
    expect(plural(forms, 1)).toBe('1 side');
    expect(plural(forms, 2)).toBe('2 sider');
    expect(plural(forms, 0)).toBe('0 sider');
    expect(plural(forms, 21)).toBe('21 sider');
  });

  it('fyller inn andre plassholdere og lar ukjente stå', () => {
    expect(plural({ one: 'Ett treff på «{query}».', other: '{count} treff på «{query}» {x}.' }, 3, { query: 'pause' })).toBe('3 treff på «pause» {x}.');
  });
});

describe('tn', () => {
  // tn() speaks the site's written language (the profile's `language`): bokmål in the example, nynorsk in a nynorsk municipality.
  it('henter begge formene fra ordboka', () => {
    expect(tn('bundle.ready', 1)).toBe('Viser 1 side.');
    expect(tn('bundle.ready', 2)).toBe('Viser 2 sider.');
    expect(tn('search.count', 1, { query: 'sorg' })).toBe({ nb: 'Ett treff på «sorg».', nn: 'Eitt treff på «sorg».' }[language]);
    expect(tn('search.count', 4, { query: 'sorg' })).toBe('4 treff på «sorg».');
  });

  it('finner en form for hvert ord i ordboka som har to', () => {
    const bases = Object.keys(nb).filter((key) => key.endsWith('.other')).map((key) => key.slice(0, -'.other'.length));
    expect(bases.length).toBeGreaterThan(1);
    for (const base of bases) {
      expect(Object.keys(nb), base).toContain(`${base}.one`);
      expect(pluralForms(base as Parameters<typeof pluralForms>[0]).other).toBe(dictionaries[language][`${base}.other` as keyof typeof nb]);
    }
  });
});
