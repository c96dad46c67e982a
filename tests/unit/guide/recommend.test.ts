/**
 * recommend(): the special paths, the municipality filter, the cap, the reasons, and
 * a generated check that every offer in the rules can reach the top of a result.
 */
import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../../src/lib/guide/codec';
import { MAX_OFFERS, recommend, type Catalogue } from '../../../src/lib/guide/recommend';
import { explain, listReasons, strongestReason } from '../../../src/lib/guide/explain';
import { GUIDE_DIMENSIONS, type GuideDimension } from '../../../src/lib/vocabulary';
import type { Answers } from '../../../src/lib/guide/types';
import { everything, offersFor, questions, resultFor, rules } from './support';

describe('særlige veier', () => {
  it('den som har mistet noen brått, får krisehjelp og sorgstøtte først', () => {
    const result = resultFor('relasjon=sosken&dodsfall=ja-brat&egen-alder=voksen&behov=emosjonell');
    expect(result.paths).toEqual(['krise', 'etterlatt']);
    expect(result.offers.slice(0, 3).map((offer) => offer.id).sort()).toEqual(['etterlattesamtale', 'kriseteam', 'sorggrupper']);
  });

  it('den som har mistet noen etter sykdom, får sorggrupper og etterlattesamtale først, men ikke kriseteamet', () => {
    const top = offersFor('relasjon=partner&dodsfall=ja-forventet&egen-alder=eldre&behov=emosjonell');
    expect(top.slice(0, 2).sort()).toEqual(['etterlattesamtale', 'sorggrupper']);
    expect(top).not.toContain('kriseteam');
  });

  it('den som har mistet noen, får ikke tilbud som forutsetter at personen lever', () => {
    const top = offersFor('dodsfall=ja-forventet&behov=avlastning,okonomi,informasjon&belastning=over-30');
    expect(top).not.toContain('avlastning');
    expect(top).not.toContain('omsorgsstonad');
  });

  it('akutt sykdom gir krisevei med samtale etter akutt sykdom først', () => {
    const result = resultFor('relasjon=partner&tilstand=akutt&behov=informasjon');
    expect(result.paths).toEqual(['krise']);
    expect(result.offers[0]?.id).toBe('samtale-etter-akutt');
  });

  it('et barn får bare tilbud skrevet for sin alder, og ingenting som forutsetter at det er omsorgsgiver', () => {
    const catalogue: Catalogue = {
      ...everything,
      offers: { ...everything.offers, avlastning: { ageBands: ['voksen', 'eldre'] }, stottekontakt: { ageBands: ['voksen', 'eldre'] } },
    };
    const top = offersFor('egen-alder=barn&behov=avlastning,emosjonell', catalogue);
    expect(top).not.toContain('avlastning');
    expect(top).not.toContain('stottekontakt');
    expect(top).not.toContain('omsorgsstonad');
    expect(['barneansvarlig', 'skolehelsetjenesten']).toContain(top[0]);
  });

  it('et barn får sidene skrevet for barn, ikke sidene for voksne', () => {
    const pages = resultFor('egen-alder=barn&dodsfall=ja-forventet').pages.map((page) => page.id);
    expect(pages).toEqual(['for-barn']);
    expect(resultFor('egen-alder=ungdom').pages.map((page) => page.id)).toEqual(['for-ungdom']);
  });

  it('et barn får hjelpetelefonene for barn og unge, ikke hjelpetelefonen for voksne pårørende', () => {
    for (const age of ['barn', 'ungdom']) {
      expect(resultFor(`egen-alder=${age}&behov=emosjonell`).helplines).toEqual(['hjelpetelefon-for-barn']);
    }
    expect(resultFor('egen-alder=voksen').helplines).toContain('parorendelinjen');
    expect(resultFor('egen-alder=voksen&behov=emosjonell').helplines).not.toContain('hjelpetelefon-for-barn');
  });

  it('hjelpetelefonene for barn kommer fra kontaktene: uten en slik kontakt vises ingen', () => {
    const catalogue: Catalogue = { ...everything, contacts: { parorendelinjen: { groups: ['alle'] } } };
    expect(recommend(parseFragment('egen-alder=ungdom'), rules, catalogue).helplines).toEqual([]);
  });
});

describe('rettigheter', () => {
  it('tung omsorg gir siden om retten til å søke om avlastning, opplæring og omsorgsstønad', () => {
    const page = resultFor('egen-alder=voksen&belastning=over-30').pages.find((candidate) => candidate.id === 'saerlig-tyngende-omsorg');
    expect(page?.reason).toContain('rett til å søke');
    expect(resultFor('egen-alder=voksen&belastning=1-10').pages.map((candidate) => candidate.id)).not.toContain('saerlig-tyngende-omsorg');
  });

  it('alle voksne får siden om hvem som er pårørende', () => {
    expect(resultFor('').pages.map((page) => page.id)).toContain('hvem-er-parorende');
  });

  it('samtykke nei gir siden om samtykke og taushetsplikt', () => {
    expect(resultFor('samtykke=nei').pages.map((page) => page.id)).toContain('informasjon-samtykke-og-taushetsplikt');
  });
});

describe('kommunens tilbud', () => {
  it('tilbud kommunen ikke har, vises ikke', () => {
    const catalogue: Catalogue = { ...everything, offers: { stottesamtaler: { ageBands: ['voksen'] } } };
    expect(offersFor('egen-alder=voksen&behov=emosjonell,avlastning', catalogue)).toEqual(['stottesamtaler']);
  });

  it('sider og kontakter som ikke finnes, vises ikke', () => {
    const result = recommend(parseFragment('egen-alder=voksen&belastning=over-30'), rules, { offers: {}, pages: {}, contacts: {} });
    expect(result.pages).toEqual([]);
    expect(result.helplines).toEqual([]);
  });
});

describe('rangering og forklaring', () => {
  it(`viser høyst ${MAX_OFFERS} tilbud, og sier hvor mange som passet`, () => {
    const result = resultFor('egen-alder=voksen&behov=informasjon,emosjonell,avlastning,mote-andre&belastning=over-30&tjenester=ja');
    expect(result.offers).toHaveLength(MAX_OFFERS);
    expect(result.fitting).toBeGreaterThan(MAX_OFFERS);
  });

  it('uten svar vises bare det som alltid vises', () => {
    const result = resultFor('');
    expect(result.offers).toEqual([]);
    expect(result.always.map((offer) => offer.id)).toEqual(['tjenestekontoret', 'informasjon-nett']);
  });

  it('hvert tilbud har svarene som førte dit, og de blir til setninger', () => {
    const result = resultFor('relasjon=partner&tilstand=demens&behov=avlastning&belastning=over-30&egen-alder=voksen&dodsfall=nei');
    for (const offer of result.offers) expect(offer.reasons.length).toBeGreaterThan(0);
    const avlastning = result.offers.find((offer) => offer.id === 'avlastningsopphold')!;
    expect(explain(avlastning.reasons, questions, rules.forklaringer)).toEqual([
      'Du sa at «En pause» er viktig for deg.',
      'Tilbudet passer når det gjelder «Demens eller svekket hukommelse».',
      'Du hjelper mye hver uke. Da kan du ha rett til å søke om hjelp som letter omsorgen.',
    ]);
  });

  it('kortet viser den sterkeste grunnen: tolk foran alt, så det personen sa er viktig', () => {
    const tolk = resultFor('behov=informasjon&sprak=tolk&egen-alder=voksen').offers.find((offer) => offer.id === 'tolk')!;
    expect(strongestReason(tolk.reasons, questions, rules.forklaringer)).toBe('Du kan be om tolk. Det skal ikke være et barn som tolker.');
    const kreft = resultFor('tilstand=kreft&behov=emosjonell').offers.find((offer) => offer.id === 'kreftsykepleier')!;
    expect(strongestReason(kreft.reasons, questions, rules.forklaringer)).toBe('Du sa at «Noen å snakke med» er viktig for deg.');
  });

  it('kortene gjentar ikke samme grunn når et tilbud har en annen grunn å vise', () => {
    const result = resultFor('relasjon=partner&dodsfall=nei&egen-alder=eldre&tilstand=demens&behov=avlastning&belastning=over-30&tjenester=ja&fase=underveis');
    const sentences = listReasons(result.offers, questions, rules.forklaringer);
    expect(sentences[0]).toBe('Du sa at «En pause» er viktig for deg.');
    expect(new Set(sentences).size, 'minst fire ulike grunner på fem kort').toBeGreaterThanOrEqual(4);
    result.offers.forEach((offer, index) => {
      const own = explain(offer.reasons, questions, rules.forklaringer);
      // Each is one of that offer's own reasons, and repeats one above only when it has no other.
      expect(own).toContain(sentences[index]);
      if (sentences.slice(0, index).includes(sentences[index])) expect(own.every((sentence) => sentences.slice(0, index).includes(sentence))).toBe(true);
    });
  });

  it('de som ikke får plass på kortene, er akkurat de andre som passer, i samme rekkefølge', () => {
    const answers = parseFragment('egen-alder=voksen&behov=informasjon,emosjonell,avlastning,mote-andre&belastning=over-30&tjenester=ja');
    const capped = recommend(answers, rules, everything);
    const all = recommend(answers, rules, everything, Number.POSITIVE_INFINITY);
    expect([...capped.offers, ...capped.others]).toEqual(all.offers);
    expect(capped.others).toHaveLength(capped.fitting - capped.offers.length);
  });

  it('et svar personen ikke ga (et underforstått svar), blir ikke nevnt som grunn', () => {
    const sorggrupper = resultFor('dodsfall=ja-forventet').offers.find((offer) => offer.id === 'sorggrupper')!;
    expect(sorggrupper.reasons.map((reason) => reason.dimension)).toEqual(['dodsfall']);
  });

  it('er ren: samme svar gir samme resultat, og svarene endres ikke', () => {
    const answers = parseFragment('relasjon=partner&behov=avlastning');
    const copy = structuredClone(answers);
    expect(recommend(answers, rules, everything)).toEqual(recommend(answers, rules, everything));
    expect(answers).toEqual(copy);
  });
});

describe('hvert tilbud kan anbefales', () => {
  /** Answers made from the rule itself: the first listed value of each single dimension, all of each multi one. */
  const answersFrom = (match: Partial<Record<GuideDimension, readonly string[]>>): Answers =>
    Object.fromEntries(
      Object.entries(match).map(([dimension, values]) => [dimension, GUIDE_DIMENSIONS[dimension as GuideDimension].multi ? values : values!.slice(0, 1)]),
    );

  /** The rule's own answers, and the same with one more answer to a question the rule does not name. */
  const candidates = (match: Partial<Record<GuideDimension, readonly string[]>>): Answers[] => {
    const base = answersFrom(match);
    const others = (Object.keys(GUIDE_DIMENSIONS) as GuideDimension[]).filter((dimension) => !(dimension in match) && !GUIDE_DIMENSIONS[dimension].multi);
    return [base, ...others.flatMap((dimension) => GUIDE_DIMENSIONS[dimension].values.map((value) => ({ ...base, [dimension]: [value] })))];
  };

  // Many offers fit «Å bli hørt og tatt med» equally well, so not all can be on the cards;
  // each must at least come among the first of «andre passer også».
  const REACH = 8;
  for (const [id, rule] of Object.entries(rules.tilbud)) {
    it(`${id} kommer blant de ${REACH} beste for svar som passer regelen`, () => {
      const reached = candidates(rule.match).some((answers) => {
        const result = recommend(answers, rules, everything);
        return [...result.offers, ...result.others.slice(0, REACH - MAX_OFFERS), ...result.always].some((offer) => offer.id === id);
      });
      expect(reached).toBe(true);
    });
  }
});
