import { describe, expect, it } from 'vitest';
import { shortAddressesFor, spokenAddress } from '../../src/lib/shortAddress';
import type { Redirect } from '../../src/lib/redirects';

describe('korte adresser slik de sies i telefonen', () => {
  it('skriver vertsnavn, undermappe og den korte adressen uten https:// og uten skråstrek til slutt', () => {
    expect(spokenAddress('https://www.eksempel.kommune.no/parorende/', '/avlastning/')).toBe('www.eksempel.kommune.no/parorende/avlastning');
  });

  it('virker for et nettsted på roten av domenet', () => {
    expect(spokenAddress('https://www.provestad.example/', '/pause/')).toBe('www.provestad.example/pause');
  });

  it('virker når profilen skriver adressen uten skråstrek til slutt', () => {
    expect(spokenAddress('https://kommune.example/parorende', '/kurs/')).toBe('kommune.example/parorende/kurs');
  });
});

describe('de korte adressene til et tilbud', () => {
  const redirects: Redirect[] = [
    { from: '/avlastning/', to: '/tilbud/avlastning/', kind: 'kort', target: 'avlastning' },
    { from: '/pause/', to: '/tilbud/avlastning/', kind: 'kort', target: 'avlastning' },
    { from: '/avlastningstilbud/', to: '/tilbud/avlastning/', kind: 'flyttet', target: 'avlastning' },
    { from: '/kurs/', to: '/tilbud/mestringskurs/', kind: 'kort', target: 'mestringskurs' },
  ];

  it('tar bare korte adresser til akkurat det tilbudet, den korteste først', () => {
    expect(shortAddressesFor(redirects, '/tilbud/avlastning/').map((r) => r.from)).toEqual(['/pause/', '/avlastning/']);
  });

  it('gir ingen for et tilbud uten kort adresse', () => {
    expect(shortAddressesFor(redirects, '/tilbud/sorggrupper/')).toEqual([]);
  });
});
