import { describe, expect, test } from 'vitest';
import { bundleFragment, MAX_BUNDLE_ITEMS, parseBundleFragment } from '../../src/lib/print/bundle';
import { matchesFilter } from '../../src/lib/print/staffFilter';

const known = new Set(['avlastning', 'parorendeskole', 'informasjon-samtykke-og-taushetsplikt']);

describe('lenken til en samlet utskrift', () => {
  test('lages av ID-ene i rekkefølge, uten dubletter', () => {
    expect(bundleFragment(['avlastning', 'parorendeskole', 'avlastning'])).toBe('velg=avlastning,parorendeskole');
  });

  test('leses tilbake til de samme ID-ene, med eller uten #', () => {
    expect(parseBundleFragment('#velg=avlastning,parorendeskole', known)).toEqual(['avlastning', 'parorendeskole']);
    expect(parseBundleFragment('velg=informasjon-samtykke-og-taushetsplikt', known)).toEqual(['informasjon-samtykke-og-taushetsplikt']);
  });

  test('ukjente ID-er blir borte uten spor, de kjente blir stående', () => {
    expect(parseBundleFragment('#velg=avlastning,finnes-ikke,parorendeskole', known)).toEqual(['avlastning', 'parorendeskole']);
  });

  test('fiendtlige verdier gir ingenting: markup, kodet markup, stier, store bokstaver, mellomrom', () => {
    for (const hostile of [
      '#velg=<script>alert(1)</script>',
      '#velg=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '#velg=../../etc/passwd',
      '#velg=AVLASTNING',
      '#velg=avlastning%00',
      '#velg=javascript:alert(1)',
      `#velg=${'a'.repeat(5000)}`,
      '#%E0%A4%A',
      '#velg',
      '#',
      '',
    ]) {
      expect(parseBundleFragment(hostile, known), hostile).toEqual([]);
    }
  });

  test('flere velg-parametere og andre parametere: bare velg teller', () => {
    expect(parseBundleFragment('#navn=Kari&velg=avlastning&velg=parorendeskole', known)).toEqual(['avlastning', 'parorendeskole']);
  });

  test(`tar høyst ${MAX_BUNDLE_ITEMS} sider`, () => {
    const many = Array.from({ length: 60 }, (_, i) => `side-${i}`);
    expect(parseBundleFragment(`#velg=${many.join(',')}`, new Set(many))).toHaveLength(MAX_BUNDLE_ITEMS);
    expect(bundleFragment(many).split(',')).toHaveLength(MAX_BUNDLE_ITEMS);
  });
});

describe('filteret i tabellen for ansatte', () => {
  const offer = { needs: ['avlastning', 'egen-helse'], targetGroups: ['tyngende', 'demens'] };

  test('uten filter vises alt', () => {
    expect(matchesFilter(offer, {})).toBe(true);
  });

  test('viser et tilbud bare når behovet og målgruppen passer', () => {
    expect(matchesFilter(offer, { need: 'avlastning' })).toBe(true);
    expect(matchesFilter(offer, { need: 'sorg' })).toBe(false);
    expect(matchesFilter(offer, { group: 'demens' })).toBe(true);
    expect(matchesFilter(offer, { group: 'kreft' })).toBe(false);
    expect(matchesFilter(offer, { need: 'avlastning', group: 'kreft' })).toBe(false);
  });

  test('et tilbud til alle pårørende passer hver målgruppe', () => {
    expect(matchesFilter({ needs: ['informasjon'], targetGroups: ['alle'] }, { group: 'kreft' })).toBe(true);
  });
});
