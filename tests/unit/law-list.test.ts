/**
 * The law list (content/nasjonalt/lover.yaml) is what every legal reference on the site is
 * checked against: a section that no longer exists is not in it, and each section says
 * when it was checked and against what.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lawsSchema } from '../../src/schemas';
import { checkStructuredReferences, checkTextReferences, knownLaws } from '../../src/lib/legalText';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const data = parse(readFileSync(join(ROOT, 'content/nasjonalt/lover.yaml'), 'utf8')) as unknown;
const laws = knownLaws(data);
const parsed = lawsSchema.safeParse(data);

/** Sections other pages rely on; each must be in the list. */
const REQUIRED: Record<string, string[]> = {
  pbrl: ['§ 1-3', '§ 2-1 a', '§ 2-1 b', '§ 2-5', '§ 2-5 a', '§ 2-5 c', '§ 2-8', '§ 3-1', '§ 3-3', '§ 3-4', '§ 3-5', '§ 3-6', '§ 4-3', '§ 4-4', '§ 4-6', '§ 5-1', '§ 7-2', '§ 7-5'],
  hol: ['§ 3-1', '§ 3-6', '§ 3-10', '§ 4-2', '§ 6-1', '§ 7-1', '§ 7-2', '§ 7-2 a', '§ 7-3', '§ 11-2'],
  hpl: ['§ 4', '§ 10', '§ 10 a', '§ 10 b', '§ 21', '§ 22', '§ 23', '§ 25', '§ 39', '§ 40'],
  fvl: ['§ 11', '§ 12', '§ 28', '§ 29'],
  sotjl: ['§ 17'],
  ftrl: ['§ 6-3', '§ 6-4', '§ 9-5', '§ 9-6', '§ 9-10', '§ 9-11', '§ 9-13'],
  aml: ['§ 10-2', '§ 12-10'],
  phlsl: ['§ 3-7', '§ 6-1'],
};

describe('lovlisten', () => {
  it('følger skjemaet', () => {
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });

  for (const [law, sections] of Object.entries(REQUIRED)) {
    it(`har paragrafene andre sider viser til i ${law}`, () => {
      const known = laws.find((entry) => entry.id === law)?.sections ?? [];
      expect(sections.filter((section) => !known.includes(section))).toEqual([]);
    });
  }

  it('har ikke pasient- og brukerrettighetsloven § 2-1, som er opphevet og delt i § 2-1 a–e', () => {
    expect(laws.find((law) => law.id === 'pbrl')?.sections).not.toContain('§ 2-1');
    expect(checkStructuredReferences([{ law: 'pbrl', section: '§ 2-1' }], laws, 'legalRefs')).toEqual([
      'legalRefs[0]: «§ 2-1» står ikke blant de kjente paragrafene for pbrl',
    ]);
    expect(checkTextReferences('Du har rett etter pasient- og brukerrettighetsloven § 2-1.', laws)).toEqual([
      '«§ 2-1» i pbrl står ikke i listen over kjente paragrafer (lover.yaml).',
    ]);
    expect(checkTextReferences('Du har rett etter pasient- og brukerrettighetsloven § 2-1 a.', laws)).toEqual([]);
  });

  it('har ikke bokstaven som egen paragraf: § 1-3 første ledd bokstav b skrives med ord', () => {
    expect(checkTextReferences('Det står i pasient- og brukerrettighetsloven § 1-3 b.', laws)).toEqual([
      '«§ 1-3 b» i pbrl står ikke i listen over kjente paragrafer (lover.yaml).',
    ]);
    expect(checkTextReferences('Det står i pasient- og brukerrettighetsloven § 1-3 første ledd bokstav b.', laws)).toEqual([]);
  });

  it('har ikke pasient- og brukerrettighetsloven § 7-1, som er opphevet', () => {
    expect(laws.find((law) => law.id === 'pbrl')?.sections).not.toContain('§ 7-1');
  });

  it('gir hver paragraf en adresse på Lovdata til akkurat den paragrafen', () => {
    for (const law of parsed.data ?? []) {
      for (const entry of law.sections) {
        const number = entry.section.replace('§ ', '').replace(' ', '');
        expect(decodeURI(entry.url), `${law.id} ${entry.section}`).toMatch(new RegExp(`^https://lovdata\\.no/.+/§${number.replace('-', '\\-')}$`));
      }
    }
  });

  it('gir hver paragraf en adresse under lovens egen, så en forskrift ligger under /forskrift/ og en lov under /lov/', () => {
    const wrong: string[] = [];
    for (const law of parsed.data ?? []) {
      if (!law.url) continue;
      for (const entry of law.sections) if (!decodeURI(entry.url).startsWith(`${law.url}/`)) wrong.push(`${law.id} ${entry.section}: ${entry.url}`);
    }
    expect(wrong).toEqual([]);
  });

  it('sier når og mot hva hver kontrollerte paragraf ble kontrollert, og ingen dato ligger fram i tid', () => {
    const today = new Date();
    for (const law of parsed.data ?? []) {
      for (const entry of law.sections) {
        if (entry.title) expect(entry.lastChecked, `${law.id} ${entry.section} har tittel, men ingen dato`).toBeInstanceOf(Date);
        if (entry.lastChecked) {
          expect(entry.lastChecked.getTime(), `${law.id} ${entry.section}`).toBeLessThanOrEqual(today.getTime());
          expect(entry.sources?.length, `${law.id} ${entry.section}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('avviser en paragraf med dato, men uten kilde', () => {
    const result = lawsSchema.safeParse([{ id: 'pbrl', name: 'Pasient- og brukerrettighetsloven', sections: [{ section: '§ 3-3', url: 'https://lovdata.no/lov/1999-07-02-63/§3-3', lastChecked: '2026-12-01' }] }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('har lastChecked, men ingen sources: skriv hva paragrafen ble kontrollert mot');
  });

  it('avviser en paragraf skrevet med bokstav i feil form', () => {
    const result = lawsSchema.safeParse([{ id: 'pbrl', name: 'Pasient- og brukerrettighetsloven', sections: [{ section: '§ 2-1a', url: 'https://lovdata.no/lov/1999-07-02-63/§2-1a' }] }]);
    expect(result.error?.issues[0]?.path).toEqual([0, 'sections', 0, 'section']);
  });
});
