/**
 * The site's written language: read from the profile before anything else, with a clear
 * message for an unknown value; the dictionaries checked against bokmål; dates and plural
 * forms in the language's own locale.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDictionary, dictionaries } from '../../src/i18n';
import { checkNationalFolder } from '../../src/integrations/nationalFolder';
import { CONTENT_ERROR_HEADING } from '../../src/lib/content/issues';
import { nb } from '../../src/i18n/nb';
import { intlLocale, plural } from '../../src/i18n/plural';
import { at, longDate, setDateLocale } from '../../src/lib/events/dates';
import { languageOfProfile, nationalDir } from '../../src/siteConfig';
import { profileFiles } from '../support/profileFile';

const profile = profileFiles();
const dir = mkdtempSync(join(tmpdir(), 'pg-prosjekt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('skriftspråket i profilen', () => {
  it('er bokmål når profilen ikke sier noe', () => {
    expect(languageOfProfile(profile('municipality: Prøvestad kommune\n'))).toBe('nb');
  });

  it('er nynorsk med language: nn, og da bygges nettstedet fra content/nasjonalt-nn', () => {
    const language = languageOfProfile(profile('municipality: Prøvestad kommune\nlanguage: nn\n'));
    expect(language).toBe('nn');
    expect(nationalDir(language)).toBe('content/nasjonalt-nn');
    expect(nationalDir('nb')).toBe('content/nasjonalt');
  });

  it('stopper med fil og felt ved et ukjent skriftspråk', () => {
    const file = profile('municipality: Prøvestad kommune\nlanguage: nynorsk\n');
    expect(() => languageOfProfile(file)).toThrow(`${file}: language: «nynorsk» er ikke et skriftspråk nettstedet kan; skriv nb (bokmål) eller nn (nynorsk)`);
  });

  it('testkommunen skriver nynorsk', () => {
    expect(languageOfProfile('tests/fixtures/annen-kommune/lokalt/profil.yaml')).toBe('nn');
  });

  // After `npm run ny-kommune` content/lokalt is the municipality's own, in the language it chose.
  const isExample = /^example:\s*true\b/m.test(readFileSync('content/lokalt/profil.yaml', 'utf8'));
  it.skipIf(!isExample)('eksempelkommunen skriver bokmål', () => {
    expect(languageOfProfile('content/lokalt/profil.yaml')).toBe('nb');
  });
});

describe('den nasjonale mappen på nynorsk', () => {
  const root = join(dir, 'prosjekt');
  const write = (file: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'title: x\n');
  };
  for (const file of ['sider/sorg.mdx', 'sider/_delt.mdx', 'lover.yaml', 'veiviser/regler.yaml']) write(`content/nasjonalt/${file}`);
  for (const file of ['sider/sorg.mdx', 'lover.yaml']) write(`content/nasjonalt-nn/${file}`);

  it('stopper et nynorsk bygg og lister hver fil som mangler, i stedet for å bruke bokmål', () => {
    expect(() => checkNationalFolder(root, 'nn')).toThrow(
      [
        CONTENT_ERROR_HEADING,
        'content/nasjonalt-nn/sider/_delt.mdx: mangler; oversett content/nasjonalt/sider/_delt.mdx',
        'content/nasjonalt-nn/veiviser/regler.yaml: mangler; oversett content/nasjonalt/veiviser/regler.yaml',
      ].join('\n'),
    );
  });

  it('lar et bokmålsbygg være', () => {
    expect(() => checkNationalFolder(root, 'nb')).not.toThrow();
  });

  it('slipper et nynorsk bygg gjennom når alle filene finnes', () => {
    write('content/nasjonalt-nn/sider/_delt.mdx');
    write('content/nasjonalt-nn/veiviser/regler.yaml');
    expect(() => checkNationalFolder(root, 'nn')).not.toThrow();
  });
});

describe('ordbøkene', () => {
  it('har de samme nøklene på nynorsk som på bokmål', () => {
    expect(Object.keys(dictionaries.nn).sort()).toEqual(Object.keys(dictionaries.nb).sort());
  });

  it('avviser en ordbok der en plassholder er oversatt eller mangler, og navngir nøkkelen', () => {
    const wrong = { ...nb, 'contact.call': 'Ring {namn} på {phone}' };
    expect(() => checkDictionary('nn', wrong)).toThrow('contact.call: har plassholderne {namn, phone}, bokmål har {name, phone}');
  });

  it('avviser en ordbok med en nøkkel for mye', () => {
    expect(() => checkDictionary('nn', { ...nb, 'nav.heim': 'Heim' })).toThrow(/src\/i18n\/nn\.ts.*\n.*nav\.heim/);
  });
});

describe('datoer og flertall på skriftspråket', () => {
  it('skriver ukedagene på nynorsk med nn-NO', () => {
    expect(intlLocale('nn')).toBe('nn-NO');
    setDateLocale(intlLocale('nn'));
    expect(longDate(at('2026-12-01', '12:00'))).toBe('tysdag 1. desember 2026');
    setDateLocale(intlLocale('nb'));
    expect(longDate(at('2026-12-01', '12:00'))).toBe('tirsdag 1. desember 2026');
  });

  it('velger flertallsformen etter språkets regler: én for 1, ellers fleire', () => {
    const forms = { one: '{count} side', other: '{count} sider', locale: intlLocale('nn') };
    expect([0, 1, 2].map((count) => plural(forms, count))).toEqual(['0 sider', '1 side', '2 sider']);
  });
});
