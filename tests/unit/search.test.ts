/**
 * What the search index gets besides the text of a page, and the filters the search
 * page sends to Pagefind.
 */
import { describe, expect, it } from 'vitest';
import {
  editDistance,
  everydayWords,
  foldNorwegian,
  format,
  indexTerms,
  misspells,
  pageKind,
  pagefindFilters,
  planQuery,
  queryWords,
  searchRanked,
  PERSON_WORDS,
  STOP_WORDS,
  type Scored,
} from '../../src/lib/search';

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

describe('queryWords', () => {
  it('tar ordene i små bokstaver, uten spørsmålstegn og anførselstegn', () => {
    expect(queryWords('Hva har jeg rett til?')).toEqual(['hva', 'har', 'jeg', 'rett', 'til']);
    expect(queryWords('«kurs»  "demens"!')).toEqual(['kurs', 'demens']);
  });

  it('beholder bindestrek inne i et ord, og tar bort tegn som står alene', () => {
    expect(queryWords('drop-in – natt')).toEqual(['drop-in', 'natt']);
  });
});

describe('planQuery', () => {
  it('søker bare på ordene som betyr noe, og på hele spørsmålet som en frase', () => {
    expect(planQuery('Hva har jeg rett til?')).toEqual({ words: ['rett'], phrases: ['hva har jeg rett til'] });
    expect(planQuery('noen å snakke med')).toEqual({ words: ['snakke'], phrases: ['noen å snakke med'] });
  });

  it('krever ikke ordet for hvem personen er, og prøver frasen også uten det', () => {
    expect(planQuery('mannen min har demens')).toEqual({ words: ['demens'], phrases: ['mannen min har demens', 'min har demens'] });
    expect(planQuery('må jeg hjelpe mamma')).toEqual({ words: ['hjelpe'], phrases: ['må jeg hjelpe mamma', 'må jeg hjelpe'] });
  });

  it('regner ikke et tall alene som noe personen leter etter', () => {
    expect(planQuery('jeg er 15 og mamma har kreft').words).toEqual(['kreft']);
  });

  it('søker på et enkelt ord som det er, uten frase', () => {
    expect(planQuery('fri')).toEqual({ words: ['fri'], phrases: [] });
  });

  it('søker på alle ordene når alle er små ord, så spørsmålet aldri blir tomt', () => {
    expect(planQuery('hva er det')).toEqual({ words: ['hva', 'er', 'det'], phrases: ['hva er det'] });
  });

  it('tar ikke med det samme ordet to ganger', () => {
    expect(planQuery('sorg sorg').words).toEqual(['sorg']);
  });

  it('gir ingen ord for et tomt søk', () => {
    expect(planQuery('  ?! ').words).toEqual([]);
  });
});

describe('STOP_WORDS og PERSON_WORDS', () => {
  it('har ikke ord som sier hva folk trenger, selv om de er korte', () => {
    for (const word of ['fri', 'rett', 'syk', 'hjem', 'sorg', 'lønn', 'si', 'kurs', 'selv', 'trenger', 'barn', 'søsken']) {
      expect(STOP_WORDS.has(word) || PERSON_WORDS.has(word), word).toBe(false);
    }
  });
});

describe('everydayWords', () => {
  it('tar bare hverdagsordene som er ett ord, også uten æ, ø og å', () => {
    expect(everydayWords(['pause', 'fri fra omsorgen', 'Støtte', ' fri '])).toEqual(['pause', 'støtte', 'stotte', 'fri']);
  });
});

describe('searchRanked', () => {
  interface Hit extends Scored {
    name: string;
  }
  /** A fake Pagefind: each query answers with the pages listed for it, in that order, with falling scores. */
  const fake = (answers: Record<string, string[]>) => {
    const asked: string[] = [];
    const search = async (query: string): Promise<Hit[]> => {
      asked.push(query);
      return (answers[query] ?? []).map((name, place) => ({ id: name, name, score: 10 - place }));
    };
    return { search, asked };
  };
  const names = (hits: Hit[]) => hits.map((hit) => hit.name);

  it('setter sider med hele ordet foran sider der ordet bare er starten på et lengre ord', async () => {
    const { search } = fake({ fri: ['frivillighet', 'frisklivssentral', 'avlastning', 'omsorgsdager'], '"fri"': ['omsorgsdager', 'avlastning'] });
    expect(names(await searchRanked(planQuery('fri'), search))).toEqual(['avlastning', 'omsorgsdager', 'frivillighet', 'frisklivssentral']);
  });

  it('setter sider med flere av ordene foran sider med færre', async () => {
    const { search } = fake({ 'kurs demens': ['parorendeskole'], kurs: ['mestringskurs', 'parorendeskole'], demens: ['demens', 'parorendeskole'] });
    expect(names(await searchRanked(planQuery('kurs demens'), search))[0]).toBe('parorendeskole');
  });

  it('setter en side som har hele spørsmålet som frase, først', async () => {
    const { search, asked } = fake({
      snakke: ['psykisk-helse', 'skolehelsetjenesten', 'stottesamtaler'],
      '"noen å snakke med"': ['stottesamtaler'],
      '"snakke"': ['psykisk-helse', 'skolehelsetjenesten', 'stottesamtaler'],
    });
    expect(names(await searchRanked(planQuery('noen å snakke med'), search))).toEqual(['stottesamtaler', 'psykisk-helse', 'skolehelsetjenesten']);
    expect(asked).toEqual(['snakke', '"snakke"', '"noen å snakke med"']);
  });

  it('setter en side med spørsmålet slik det ble skrevet foran sider med samme frase uten personordet', async () => {
    const { search } = fake({
      syk: ['barn-med-sykdom', 'omsorgsdager', 'for-barn'],
      '"syk"': ['barn-med-sykdom', 'omsorgsdager', 'for-barn'],
      '"mamma er syk"': ['for-barn'],
      '"er syk"': ['barn-med-sykdom', 'omsorgsdager', 'for-barn'],
    });
    expect(names(await searchRanked(planQuery('mamma er syk'), search))).toEqual(['for-barn', 'barn-med-sykdom', 'omsorgsdager']);
  });

  it('spør ikke etter frasene når ingen side har alle ordene, siden ingen side da kan ha frasen', async () => {
    const { search, asked } = fake({ lønn: ['omsorgsstonad'], passe: ['avlastning'] });
    expect(names(await searchRanked(planQuery('lønn for å passe mamma'), search))).toEqual(['omsorgsstonad', 'avlastning']);
    expect(asked.filter((query) => query.includes(' ') && query.startsWith('"'))).toEqual([]);
  });

  it('søker ikke på hvert ord for seg når mange nok sider har alle ordene', async () => {
    const many = Array.from({ length: 12 }, (_, place) => `side-${place}`);
    const { search, asked } = fake({ 'kurs demens': many });
    expect(await searchRanked(planQuery('kurs demens'), search)).toHaveLength(12);
    expect(asked).toEqual(['kurs demens', '"kurs"', '"demens"', '"kurs demens"']);
  });

  it('viser sider med noen av ordene også, de med flest ord først', async () => {
    const { search } = fake({ snømåking: ['praktisk-hjelp'], hjelp: ['tjenestekontoret', 'praktisk-hjelp'], trenger: ['avlastning'] });
    const found = names(await searchRanked(planQuery('jeg trenger hjelp med snømåking'), search));
    expect(found[0]).toBe('praktisk-hjelp');
    expect([...found].sort()).toEqual(['avlastning', 'praktisk-hjelp', 'tjenestekontoret']);
  });

  it('finner ingenting når ingen side har noen av ordene', async () => {
    const { search, asked } = fake({});
    expect(await searchRanked(planQuery('xyz'), search)).toEqual([]);
    expect(asked).toEqual(['xyz', '"xyz"']);
    expect(await searchRanked(planQuery('xyz zyx'), search)).toEqual([]);
  });

  it('spør ikke i det hele tatt når søket er tomt', async () => {
    const { search, asked } = fake({});
    expect(await searchRanked(planQuery(''), search)).toEqual([]);
    expect(asked).toEqual([]);
  });
});
