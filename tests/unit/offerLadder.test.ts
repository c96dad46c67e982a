import { describe, expect, it } from 'vitest';
import { buildLadder, LADDER_STEPS, ladderStep, type LadderFacts } from '../../src/lib/offerLadder';

const offer = (id: string, data: LadderFacts) => ({ id, data });

describe('ladderStep', () => {
  it('puts a group run by volunteers on the lowest step', () => {
    expect(ladderStep({ kind: 'lavterskel', provider: 'frivillig' })).toBe('fellesskap');
  });

  it('puts an organisation you join yourself on the lowest step', () => {
    expect(ladderStep({ kind: 'lavterskel', provider: 'organisasjon' })).toBe('fellesskap');
  });

  it('puts a municipal offer you just contact on «ta kontakt»', () => {
    expect(ladderStep({ kind: 'lavterskel', provider: 'kommune' })).toBe('ta-kontakt');
  });

  it('puts low-threshold offers from the hospital and the family counselling office on «ta kontakt»', () => {
    expect(ladderStep({ kind: 'lavterskel', provider: 'helseforetak' })).toBe('ta-kontakt');
    expect(ladderStep({ kind: 'lavterskel', provider: 'familievernet' })).toBe('ta-kontakt');
  });

  it('puts what comes with the person’s services on «del av hjelpen»', () => {
    expect(ladderStep({ kind: 'lavterskel', provider: 'kommune', partOfService: true })).toBe('del-av-hjelpen');
  });

  it('treats a missing partOfService as false', () => {
    expect(ladderStep({ kind: 'lavterskel', provider: 'kommune', partOfService: false })).toBe('ta-kontakt');
  });

  it('puts a municipal decision on «søk»', () => {
    expect(ladderStep({ kind: 'vedtak', provider: 'kommune' })).toBe('sok');
  });

  it('lets a decision outrank partOfService', () => {
    expect(ladderStep({ kind: 'vedtak', provider: 'kommune', partOfService: true })).toBe('sok');
  });

  it('puts NAV and Husbanken schemes on the top step', () => {
    expect(ladderStep({ kind: 'vedtak', provider: 'nav' })).toBe('sok-staten');
    expect(ladderStep({ kind: 'vedtak', provider: 'husbanken' })).toBe('sok-staten');
  });

  it('puts low-threshold advice from NAV on «ta kontakt», not among the schemes', () => {
    expect(ladderStep({ kind: 'lavterskel', provider: 'nav' })).toBe('ta-kontakt');
  });
});

describe('buildLadder', () => {
  const offers = [
    offer('omsorgsstonad', { kind: 'vedtak', provider: 'kommune' }),
    offer('sorggrupper', { kind: 'lavterskel', provider: 'frivillig' }),
    offer('pleiepenger', { kind: 'vedtak', provider: 'nav' }),
    offer('kriseteam', { kind: 'lavterskel', provider: 'kommune' }),
    offer('etterlattesamtale', { kind: 'lavterskel', provider: 'kommune', partOfService: true }),
    offer('avlastning', { kind: 'vedtak', provider: 'kommune' }),
  ];

  it('orders the steps from the lowest threshold to a decision', () => {
    expect(buildLadder(offers).map((rung) => rung.step)).toEqual([...LADDER_STEPS]);
  });

  it('places every offer exactly once', () => {
    const placed = buildLadder(offers).flatMap((rung) => rung.offers.map((item) => item.id));
    expect(placed.sort()).toEqual(offers.map((item) => item.id).sort());
  });

  it('keeps the given order within a step', () => {
    const sok = buildLadder(offers).find((rung) => rung.step === 'sok');
    expect(sok?.offers.map((item) => item.id)).toEqual(['omsorgsstonad', 'avlastning']);
  });

  it('leaves out steps without offers and numbers the rest from 1', () => {
    const ladder = buildLadder([offers[0]!, offers[1]!]);
    expect(ladder.map((rung) => [rung.number, rung.step])).toEqual([
      [1, 'fellesskap'],
      [2, 'sok'],
    ]);
  });

  it('gives an empty ladder for no offers', () => {
    expect(buildLadder([])).toEqual([]);
  });
});
