import { describe, expect, test } from 'vitest';
import { groupByLadder, ladderStep } from '../../src/lib/print/ladder';

describe('tilbudstrappen i brosjyren', () => {
  test('et lavterskeltilbud står på første trinn, uansett hvem som gir det', () => {
    expect(ladderStep({ kind: 'lavterskel', provider: 'kommune' })).toBe('kontakt');
    expect(ladderStep({ kind: 'lavterskel', provider: 'nav' })).toBe('kontakt');
  });

  test('det du søker kommunen om står på andre trinn, NAV og Husbanken på tredje', () => {
    expect(ladderStep({ kind: 'vedtak', provider: 'kommune' })).toBe('kommune');
    expect(ladderStep({ kind: 'vedtak', provider: 'nav' })).toBe('staten');
    expect(ladderStep({ kind: 'vedtak', provider: 'husbanken' })).toBe('staten');
  });

  test('grupperer i trappens rekkefølge, beholder rekkefølgen og hopper over tomme trinn', () => {
    const offers = [
      { id: 'pleiepenger', kind: 'vedtak', provider: 'nav' },
      { id: 'avlastning', kind: 'vedtak', provider: 'kommune' },
      { id: 'kafe', kind: 'lavterskel', provider: 'frivillig' },
      { id: 'skole', kind: 'lavterskel', provider: 'kommune' },
    ] as const;
    const groups = groupByLadder(offers, (offer) => offer);
    expect(groups.map((g) => [g.step, g.offers.map((o) => o.id)])).toEqual([
      ['kontakt', ['kafe', 'skole']],
      ['kommune', ['avlastning']],
      ['staten', ['pleiepenger']],
    ]);
    expect(groupByLadder([offers[2]], (offer) => offer).map((g) => g.step)).toEqual(['kontakt']);
  });
});
