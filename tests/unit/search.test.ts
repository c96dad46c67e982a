/**
 * What the search index gets besides the text of a page, and the filters the search
 * page sends to Pagefind.
 */
import { describe, expect, it } from 'vitest';
import { editDistance, foldNorwegian, format, indexTerms, misspells, pageKind, pagefindFilters } from '../../src/lib/search';

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
  it('vekter hverdagsordene etter plassen i listen: det første veier mest', () => {
    expect(indexTerms('Avlastning', ['pause', 'fri', 'hvile'])).toEqual([
      { term: 'pause', weight: 10 },
      { term: 'fri', weight: 10 },
      { term: 'hvile', weight: 9 },
    ]);
  });

  it('gir annethvert ord ett mindre i vekt, ned til en nedre vekt', () => {
    const terms = indexTerms('Avlastning', Array.from({ length: 14 }, (_, place) => `ord${place}`));
    expect(terms.map(({ weight }) => weight)).toEqual([10, 10, 9, 9, 8, 8, 7, 7, 6, 6, 5, 5, 5, 5]);
  });

  it('gir en feilstaving av sidens eget navn full vekt, uansett plass', () => {
    const terms = indexTerms('Avlastning', ['pause', 'fri', 'hvile', 'puste ut', 'ferie', 'sliten', 'utslitt', 'kaffe', 'te', 'avlasting']);
    expect(terms.at(-1)).toEqual({ term: 'avlasting', weight: 10 });
  });

  it('tar med skrivemåten uten æ, ø og å av ordene i tittelen og av hverdagsordene, med samme vekt', () => {
    expect(indexTerms('Pårørendekafé', ['kafé', 'møte andre'])).toEqual([
      { term: 'kafé', weight: 10 },
      { term: 'møte andre', weight: 10 },
      { term: 'Parorendekafé', weight: 10 },
      { term: 'mote andre', weight: 10 },
    ]);
  });

  it('tar ikke med det samme ordet to ganger, uansett store og små bokstaver', () => {
    expect(indexTerms('Avlastning', ['pause', 'Pause', ' pause '])).toEqual([{ term: 'pause', weight: 10 }]);
  });

  it('tar bare med de ordene i tittelen som har æ, ø eller å', () => {
    expect(indexTerms('Når noen du er glad i, har demens', [])).toEqual([{ term: 'Nar', weight: 10 }]);
  });

  it('gir ingen ord for en side uten hverdagsord og med en tittel uten æ, ø og å', () => {
    expect(indexTerms('Avlastning', [])).toEqual([]);
  });
});

describe('misspells', () => {
  it('kjenner igjen en feilstaving av et ord i tittelen', () => {
    expect(misspells('avlasting', 'Avlastning')).toBe(true);
    expect(misspells('dagsentter', 'Dagtilbud og dagsenter')).toBe(true);
    expect(misspells('stottekontak', 'Støttekontakt')).toBe(true);
  });

  it('regner ikke ordet selv, korte ord, fraser eller andre ord som feilstaving', () => {
    expect(misspells('avlastning', 'Avlastning')).toBe(false);
    expect(misspells('fri', 'Fri')).toBe(false);
    expect(misspells('avlastning hjemme', 'Avlastning')).toBe(false);
    expect(misspells('pause', 'Avlastning')).toBe(false);
  });
});

describe('editDistance', () => {
  it('teller bokstaver som må legges til, tas bort eller byttes', () => {
    expect(editDistance('avlasting', 'avlastning')).toBe(1);
    expect(editDistance('kafe', 'kafé')).toBe(1);
    expect(editDistance('sorg', 'sorg')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
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
