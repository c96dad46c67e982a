import { describe, expect, it } from 'vitest';
import { filterOptions, filterPath, filterPaths, matchesFilter, offersFor, type FilterFacts } from '../../src/lib/offerFilters';

const offer = (id: string, data: FilterFacts) => ({ id, data });
const offers = [
  offer('sorggrupper', { needs: ['sorg', 'mote-andre'], targetGroups: ['etterlatte'] }),
  offer('kriseteam', { needs: ['sorg', 'emosjonell'], targetGroups: ['krise', 'etterlatte'] }),
  offer('tolk', { needs: ['informasjon'], targetGroups: ['minoritet'] }),
];

describe('filterPath', () => {
  it('builds the address of a need page', () => {
    expect(filterPath('behov', 'sorg')).toBe('/tilbud/behov/sorg/');
  });

  it('builds the address of a target-group page', () => {
    expect(filterPath('for', 'barn-unge')).toBe('/tilbud/for/barn-unge/');
  });
});

describe('matchesFilter and offersFor', () => {
  it('finds the offers that meet a need, in the order given', () => {
    expect(offersFor('behov', 'sorg', offers).map((item) => item.id)).toEqual(['sorggrupper', 'kriseteam']);
  });

  it('finds the offers for a target group', () => {
    expect(offersFor('for', 'minoritet', offers).map((item) => item.id)).toEqual(['tolk']);
  });

  it('does not mix up needs and target groups', () => {
    expect(matchesFilter('behov', 'barn', { needs: ['sorg'], targetGroups: ['barn-unge'] })).toBe(false);
  });

  it('finds nothing for a value no offer has', () => {
    expect(offersFor('behov', 'okonomi', offers)).toEqual([]);
  });
});

describe('filterOptions', () => {
  it('lists only needs that some offer has, in the vocabulary’s order, with counts', () => {
    expect(filterOptions('behov', offers)).toEqual([
      { value: 'informasjon', count: 1 },
      { value: 'emosjonell', count: 1 },
      { value: 'mote-andre', count: 1 },
      { value: 'sorg', count: 2 },
    ]);
  });

  it('lists only target groups that some offer has', () => {
    expect(filterOptions('for', offers).map((option) => option.value)).toEqual(['etterlatte', 'krise', 'minoritet']);
  });

  it('lists nothing when there are no offers', () => {
    expect(filterOptions('behov', [])).toEqual([]);
  });
});

describe('filterPaths', () => {
  it('gives one page per used need and per used target group', () => {
    expect(filterPaths(offers)).toEqual([
      '/tilbud/behov/informasjon/',
      '/tilbud/behov/emosjonell/',
      '/tilbud/behov/mote-andre/',
      '/tilbud/behov/sorg/',
      '/tilbud/for/etterlatte/',
      '/tilbud/for/krise/',
      '/tilbud/for/minoritet/',
    ]);
  });
});
