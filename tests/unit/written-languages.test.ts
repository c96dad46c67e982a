/**
 * Bokmål and nynorsk side by side (docs/adr/0018-bokmaal-og-nynorsk-side-om-side.md): the
 * profile's `alsoLanguage` read with file and field, and the addresses of each page's versions.
 */
import { describe, expect, it } from 'vitest';
import { alsoLanguageOfProfile, withoutVersion } from '../../src/siteConfig';
import { profileSchema } from '../../src/schemas';
import { profileFiles } from '../support/profileFile';
import { languageVersions, otherWrittenLanguage, versionPath, type WrittenLanguages } from '../../src/lib/writtenLanguages';

const profile = profileFiles();

describe('alsoLanguage i profilen', () => {
  it('er det andre skriftspråket, eller ingenting når feltet mangler', () => {
    expect(alsoLanguageOfProfile(profile('language: nn\nalsoLanguage: nb\n'))).toBe('nb');
    expect(alsoLanguageOfProfile(profile('language: nn\n'))).toBeUndefined();
    expect(alsoLanguageOfProfile('tests/fixtures/annen-kommune/lokalt/profil.yaml')).toBe('nb');
    expect(alsoLanguageOfProfile('content/lokalt/profil.yaml')).toBeUndefined();
  });

  it('stopper med fil og felt ved et ukjent skriftspråk, og ved det samme som language', () => {
    const unknown = profile('language: nn\nalsoLanguage: bokmål\n');
    expect(() => alsoLanguageOfProfile(unknown)).toThrow(
      `${unknown}: alsoLanguage: «bokmål» er ikke et skriftspråk nettstedet kan; skriv nb (bokmål) eller nn (nynorsk)`,
    );
    const same = profile('alsoLanguage: nb\n');
    expect(() => alsoLanguageOfProfile(same)).toThrow(
      `${same}: alsoLanguage: «nb» er det samme som language; skriv det andre skriftspråket, eller ta bort feltet`,
    );
  });

  it('skjemaet kjenner feltet og gir samme melding som language for en ukjent verdi', () => {
    const base = {
      municipality: 'Prøvestad kommune',
      siteUrl: 'https://www.provestad.example/',
      brandColor: '#2b6e3f',
      office: {
        name: 'Tildelingskontoret',
        phone: '98 76 54 32',
        email: 'a@provestad.example',
        address: 'Testgata 9',
        hours: 'Måndag',
      },
    };
    expect(profileSchema.safeParse({ ...base, language: 'nn', alsoLanguage: 'nb' }).success).toBe(true);
    const wrong = profileSchema.safeParse({ ...base, alsoLanguage: 'se' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(['alsoLanguage']);
    expect(wrong.error?.issues[0]?.message).toBe('må være nb (bokmål) eller nn (nynorsk)');
  });

  it('tilbudene og sidene uten versjon på det andre skriftspråket: testkommunen har avlastning og «Før du ringjer» på bokmål, ikke støttekontakt og «Eit godt møte»', () => {
    const before = process.env.PG_LOKALT;
    process.env.PG_LOKALT = 'tests/fixtures/annen-kommune/lokalt';
    try {
      expect(withoutVersion('tilbud', 'nb')).toEqual(['stottekontakt']);
      expect(withoutVersion('sider', 'nb')).toEqual(['godt-mote']);
    } finally {
      if (before === undefined) delete process.env.PG_LOKALT;
      else process.env.PG_LOKALT = before;
    }
  });
});

describe('adressene til utgavene av en side', () => {
  const setup: WrittenLanguages = {
    main: 'nn',
    also: 'nb',
    mainBase: '/parorende/',
    withoutVersion: new Set(['/tilbud/stottekontakt/']),
  };

  it('samme sti under <base><språk>/, men ikke for den engelske delen, 404 eller et tilbud uten versjon', () => {
    expect(versionPath(setup, '/tilbud/avlastning/', 'nn')).toBe('/parorende/tilbud/avlastning/');
    expect(versionPath(setup, '/tilbud/avlastning/', 'nb')).toBe('/parorende/nb/tilbud/avlastning/');
    expect(versionPath(setup, '/', 'nb')).toBe('/parorende/nb/');
    expect(versionPath(setup, '/tilbud/stottekontakt/', 'nb')).toBeUndefined();
    expect(versionPath(setup, '/en/', 'nb')).toBeUndefined();
    expect(versionPath(setup, '/404.html', 'nb')).toBeUndefined();
  });

  it('alle utgavene på hver side, bare når siden selv er en av dem', () => {
    const front = languageVersions(setup, {
      lang: 'nb',
      norwegianPath: '/',
      englishPath: '/en/',
    });
    expect(front).toEqual([
      { hreflang: 'nn', path: '/parorende/' },
      { hreflang: 'nb', path: '/parorende/nb/' },
      { hreflang: 'en', path: '/parorende/en/' },
    ]);
    expect(
      languageVersions(setup, {
        lang: 'en',
        norwegianPath: '/',
        englishPath: '/en/',
      }),
    ).toEqual(front);
    // The bokmål page of an offer written in nynorsk only is no version: no alternates at all.
    expect(
      languageVersions(setup, {
        lang: 'nb',
        norwegianPath: '/tilbud/stottekontakt/',
        englishPath: undefined,
      }),
    ).toEqual([]);
    // Its nynorsk page has no other version either.
    expect(
      languageVersions(setup, {
        lang: 'nn',
        norwegianPath: '/tilbud/stottekontakt/',
        englishPath: undefined,
      }),
    ).toEqual([]);
    // One written language: as before, Norwegian and English.
    const one: WrittenLanguages = {
      main: 'nb',
      mainBase: '/',
      withoutVersion: new Set(),
    };
    expect(
      languageVersions(one, {
        lang: 'nb',
        norwegianPath: '/sorg/',
        englishPath: undefined,
      }),
    ).toEqual([]);
    expect(
      languageVersions(one, {
        lang: 'nb',
        norwegianPath: '/',
        englishPath: '/en/',
      }),
    ).toEqual([
      { hreflang: 'nb', path: '/' },
      { hreflang: 'en', path: '/en/' },
    ]);
  });

  it('lenken i toppen går til samme side på det andre skriftspråket, ellers til forsiden der', () => {
    expect(otherWrittenLanguage(setup, 'nn', '/sorg/')).toEqual({
      lang: 'nb',
      path: '/parorende/nb/sorg/',
    });
    expect(otherWrittenLanguage(setup, 'nb', '/sorg/')).toEqual({
      lang: 'nn',
      path: '/parorende/sorg/',
    });
    expect(otherWrittenLanguage(setup, 'nn', '/tilbud/stottekontakt/')).toEqual({ lang: 'nb', path: '/parorende/nb/' });
    expect(otherWrittenLanguage(setup, 'nb', '/tilbud/stottekontakt/')).toEqual({ lang: 'nn', path: '/parorende/tilbud/stottekontakt/' });
    expect(otherWrittenLanguage(setup, 'en', '/en/')).toBeUndefined();
    expect(otherWrittenLanguage({ main: 'nb', mainBase: '/', withoutVersion: new Set() }, 'nb', '/')).toBeUndefined();
  });
});
