/**
 * The English section's contract (docs/adr/0017-engelsk-del.md): the English dictionary is
 * checked against bokmål key for key and placeholder for placeholder (where it has the key), and
 * has every word of the guide; the English guide asks the same questions with the same answer
 * codes and rules as the Norwegian, only in other words; and the language pairs go both ways.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nb } from '../../src/i18n/nb';
import { en } from '../../src/i18n/en';
import { checkEnglishDictionary } from '../../src/i18n';
import { englishOfferPath, englishPagePath, languagePairs } from '../../src/lib/english';
import { guideText } from '../../src/lib/guide/text';
import { questionsSchema, rulesSchema } from '../../src/schemas/guide';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
const yaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));

describe('den engelske ordboken', () => {
  it('har bare nøkler fra bokmål, med de samme plassholderne, og egne nøkler som begynner med «en.»', () => {
    for (const [key, value] of Object.entries(en)) {
      if (key.startsWith('en.')) continue;
      expect(key in nb, `${key} finnes i bokmål`).toBe(true);
      expect({ key, placeholders: placeholders(value) }).toEqual({ key, placeholders: placeholders(nb[key as keyof typeof nb]) });
    }
  });

  it('har hvert ord veiviseren viser', () => {
    expect(Object.keys(guideText(en)).sort()).toEqual(Object.keys(guideText(nb)).sort());
  });

  it('stopper med fil og nøkkel ved en ukjent nøkkel eller feil plassholder', () => {
    expect(() => checkEnglishDictionary({ 'nav.hjem': 'Home' })).toThrow(/src\/i18n\/en\.ts[\s\S]*nav\.hjem: finnes ikke i bokmål/);
    expect(() => checkEnglishDictionary({ 'guide.call': 'Call {navn}' })).toThrow(/guide\.call: har plassholderne \{navn\}, bokmål har \{name, phone\}/);
    expect(() => checkEnglishDictionary({ 'en.tom': ' ' })).toThrow(/en\.tom: mangler eller er tom/);
    expect(checkEnglishDictionary({ 'guide.call': 'Call {name}: {phone}', 'en.own': 'Own' })).toBeTruthy();
  });
});

describe('veiviseren på engelsk', () => {
  const textFields = new Set(['heading', 'help', 'label', 'unsure', 'reason', 'text']);
  const withoutText = (data: unknown) => JSON.parse(JSON.stringify(data, (key, value: unknown) => (textFields.has(key) ? undefined : value)));

  it('har de samme spørsmålene, svarkodene, askIf og skipIf som den norske, i samme rekkefølge', () => {
    const norwegian = questionsSchema.parse(yaml('content/nasjonalt/veiviser/sporsmal.yaml'));
    const english = questionsSchema.parse(yaml('content/nasjonalt-en/veiviser/sporsmal.yaml'));
    expect(withoutText(english)).toEqual(withoutText(norwegian));
    expect(JSON.stringify(english)).not.toMatch(/\b(Hvem|Hva|Hvor|Vet ikke|Ja|Nei)\b/);
  });

  it('har de samme reglene som den norske, bare med engelske forklaringer', () => {
    const norwegian = rulesSchema.parse(yaml('content/nasjonalt/veiviser/regler.yaml'));
    const english = rulesSchema.parse(yaml('content/nasjonalt-en/veiviser/regler.yaml'));
    expect(withoutText(english)).toEqual(withoutText(norwegian));
    const sentences = JSON.stringify(english.forklaringer) + JSON.stringify(english.sider);
    expect(sentences).not.toMatch(/\b(Du|Det|Personen|Her står)\b/);
  });
});

describe('parene av engelske og norske sider', () => {
  it('går begge veier: sidene, tilbudene og de faste sidene', () => {
    const { toEnglish, toNorwegian } = languagePairs([{ id: 'index', norwegian: '/' }, { id: 'rights', norwegian: '/rettigheter/' }], ['avlastning']);
    expect(toEnglish.get('/')).toBe('/en/');
    expect(toEnglish.get('/rettigheter/')).toBe(englishPagePath('rights'));
    expect(toEnglish.get('/tilbud/avlastning/')).toBe(englishOfferPath('avlastning'));
    expect(toEnglish.get('/hva-er-viktig-for-deg/')).toBe('/en/what-matters-to-you/');
    for (const [norwegian, english] of toEnglish) expect(toNorwegian.get(english)).toBe(norwegian);
    expect(toEnglish.has('/tilbud/brukerrad/')).toBe(false);
  });
});
