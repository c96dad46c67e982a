import { describe, expect, test } from 'vitest';
import { astroRedirects, readRedirects, redirectPage, type KnownSite } from '../../src/lib/redirects';

const known: KnownSite = {
  offerIds: new Set(['avlastning', 'parorendeskole']),
  pageIds: new Set(['informasjon-samtykke-og-taushetsplikt', 'sorg']),
  staticRoutes: new Set(['/', '/tilbud/', '/brosjyrer/']),
};
const read = (data: unknown) => readRedirects([{ file: 'content/lokalt/omdirigeringer.yaml', data }], known);
const problems = (data: unknown) => read(data).problems.map((p) => p.problem);

describe('korte adresser og flyttede sider', () => {
  test('en kort adresse sender til tilbudet eller siden med den ID-en', () => {
    const { redirects, problems: found } = read({ korte: { avlastning: 'avlastning', taushetsplikt: 'informasjon-samtykke-og-taushetsplikt' } });
    expect(found).toEqual([]);
    expect(astroRedirects(redirects)).toEqual({
      '/avlastning/': '/tilbud/avlastning/',
      '/taushetsplikt/': '/informasjon-samtykke-og-taushetsplikt/',
    });
  });

  test('en flyttet side sender fra den gamle adressen til den nye', () => {
    const { redirects } = read({ flyttet: { '/sorg-og-tap/': 'sorg', '/tilbud/avlastningstilbud': 'avlastning' } });
    expect(redirects.map((r) => [r.from, r.to, r.kind])).toEqual([
      ['/sorg-og-tap/', '/sorg/', 'flyttet'],
      ['/tilbud/avlastningstilbud/', '/tilbud/avlastning/', 'flyttet'],
    ]);
  });

  test('et mål kan også være en fast side som /brosjyrer/', () => {
    expect(read({ korte: { brosjyre: '/brosjyrer/' } }).redirects[0]?.to).toBe('/brosjyrer/');
  });

  test('et mål som ikke finnes stopper bygget med fil og linje', () => {
    const { problems: found } = read({ korte: { pause: 'finnes-ikke' } });
    expect(found).toEqual([{ file: 'content/lokalt/omdirigeringer.yaml', problem: 'korte.pause: «finnes-ikke» er ikke et tilbud, en side eller en fast adresse som finnes' }]);
  });

  test('en adresse som er en side som finnes, kan ikke sende videre (siden ville forsvunnet)', () => {
    expect(problems({ flyttet: { '/sorg/': 'avlastning' } })).toEqual([
      'flyttet./sorg/: adressen «/sorg/» er en side som finnes. En side kan ikke sende videre til en annen',
    ]);
    expect(problems({ flyttet: { '/tilbud/parorendeskole/': 'avlastning' } })[0]).toMatch(/er en side som finnes/);
  });

  test('en reservert adresse som /brosjyrer/ eller /sok/ kan ikke tas', () => {
    expect(problems({ korte: { sok: 'avlastning' } })[0]).toMatch(/opptatt av en fast side/);
  });

  test('samme adresse to ganger, også i to filer, er en feil', () => {
    const result = readRedirects(
      [
        { file: 'content/nasjonalt/omdirigeringer.yaml', data: { korte: { pause: 'avlastning' } } },
        { file: 'content/lokalt/omdirigeringer.yaml', data: { korte: { pause: 'parorendeskole' } } },
      ],
      known,
    );
    expect(result.problems).toEqual([
      { file: 'content/lokalt/omdirigeringer.yaml', problem: 'korte.pause: adressen «/pause/» står allerede i content/nasjonalt/omdirigeringer.yaml' },
    ]);
  });

  test('en kort adresse må være lett å si: små bokstaver, tall og bindestrek', () => {
    for (const bad of ['Avlastning', 'pause/nå', 'æøå', '-pause', 'a b']) {
      expect(problems({ korte: { [bad]: 'avlastning' } })[0], bad).toMatch(/små bokstaver/);
    }
  });

  test('ukjente grupper og tomme mål blir meldt', () => {
    expect(problems({ kort: {} })).toEqual(['ukjent gruppe «kort». Bruk «korte» eller «flyttet»']);
    expect(problems({ korte: { pause: '' } })).toEqual(['korte.pause: mangler hvor adressen skal sende videre']);
    expect(problems(['avlastning'])).toEqual(['filen skal ha gruppene «korte» og «flyttet»']);
  });

  test('en tom fil gir ingen omdirigeringer', () => {
    expect(read(null)).toEqual({ redirects: [], problems: [], warnings: [] });
    expect(read({ korte: null, flyttet: {} })).toEqual({ redirects: [], problems: [], warnings: [] });
  });
});

describe('siden på den gamle adressen', () => {
  const words = { title: 'Siden har flyttet', text: 'Siden finnes nå på en ny adresse:', windowTitle: 'Siden har flyttet' };

  test('er norsk, har en streng CSP, sender videre straks og lenker til målet', () => {
    const html = redirectPage(words, { href: '/parorende/sorg/', absolute: 'https://k.no/parorende/sorg/' });
    expect(html).toContain('<html lang="nb">');
    expect(html).toMatch(/content-security-policy" content="default-src 'self'; script-src 'none'/);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/parorende/sorg/">');
    expect(html).toContain('<a href="/parorende/sorg/">https://k.no/parorende/sorg/</a>');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  test('skriver aldri ut markup fra adressen', () => {
    const html = redirectPage(words, { href: '/"><script>x</script>', absolute: 'https://k.no/<b>' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
  });
});
