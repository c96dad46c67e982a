/**
 * What the search index gets besides the text of a page, and the filters the search
 * page sends to Pagefind.
 */
import { describe, expect, it } from 'vitest';
import { foldNorwegian, format, indexTerms, pageKind, pagefindFilters } from '../../src/lib/search';

describe('foldNorwegian', () => {
  it('skriver æ, ø og å slik folk skriver dem uten norsk tastatur', () => {
    expect(foldNorwegian('Pårørendeskole')).toBe('Parorendeskole');
    expect(foldNorwegian('Støttesamtaler for særlig tyngende omsorg')).toBe('Stottesamtaler for saerlig tyngende omsorg');
    expect(foldNorwegian('ÆRLIG ØRE ÅS')).toBe('AERLIG ORE AS');
  });

  it('lar ord uten æ, ø og å være som de er', () => {
    expect(foldNorwegian('avlastning')).toBe('avlastning');
  });
});

describe('indexTerms', () => {
  it('tar med hverdagsordene og skrivemåten uten æ, ø og å av tittel og ord', () => {
    expect(indexTerms('Pårørendekafé', ['kafé', 'møte andre'])).toEqual(['kafé', 'møte andre', 'Parorendekafé', 'mote andre']);
  });

  it('tar ikke med det samme ordet to ganger, uansett store og små bokstaver', () => {
    expect(indexTerms('Avlastning', ['pause', 'Pause', ' pause '])).toEqual(['pause']);
  });

  it('gir ingen ord for en side uten hverdagsord og med en tittel uten æ, ø og å', () => {
    expect(indexTerms('Avlastning', [])).toEqual([]);
  });
});

describe('pageKind', () => {
  it('kaller sider om rettigheter for rettighet og andre sider for veiledning', () => {
    expect(pageKind('rettigheter')).toBe('rettighet');
    expect(pageKind('situasjon')).toBe('veiledning');
    expect(pageKind('reisen')).toBe('veiledning');
  });
});

describe('pagefindFilters', () => {
  it('ber om ett av valgene innen et filter, og alle filtrene samtidig', () => {
    expect(pagefindFilters({ kind: ['tilbud'], need: ['avlastning', 'sorg'], targetGroup: [] })).toEqual({
      kind: { any: ['tilbud'] },
      need: { any: ['avlastning', 'sorg'] },
    });
  });

  it('sender ingen filtre når ingenting er valgt', () => {
    expect(pagefindFilters({})).toEqual({});
  });
});

describe('format', () => {
  it('fyller inn tall og søkeord', () => {
    expect(format('{count} treff på «{query}»', { count: 3, query: 'pause' })).toBe('3 treff på «pause»');
  });

  it('lar ukjente plassholdere stå', () => {
    expect(format('{count} treff', {})).toBe('{count} treff');
  });
});
