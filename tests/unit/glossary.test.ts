import { describe, expect, it } from 'vitest';
import { firstLetter, groupByLetter, letterAnchor } from '../../src/lib/glossary';

describe('firstLetter', () => {
  it('is the first letter in capitals', () => {
    expect(firstLetter('avlastning')).toBe('A');
    expect(firstLetter('øvrige pårørende')).toBe('Ø');
  });

  it('skips an opening quote', () => {
    expect(firstLetter('«Vi – de pårørende»')).toBe('V');
  });
});

describe('letterAnchor', () => {
  it('spells Æ, Ø and Å with a–z, so the anchor is safe in a link', () => {
    expect(letterAnchor('A')).toBe('bokstav-a');
    expect(letterAnchor('Æ')).toBe('bokstav-ae');
    expect(letterAnchor('Ø')).toBe('bokstav-oe');
    expect(letterAnchor('Å')).toBe('bokstav-aa');
  });
});

describe('groupByLetter', () => {
  it('keeps the order and starts a new group at each new letter', () => {
    const groups = groupByLetter([{ term: 'avlastning' }, { term: 'ASK' }, { term: 'brukerråd' }, { term: 'øvrige pårørende' }]);
    expect(groups.map((group) => [group.letter, group.terms.length])).toEqual([
      ['A', 2],
      ['B', 1],
      ['Ø', 1],
    ]);
  });

  it('gives nothing for no words', () => {
    expect(groupByLetter([])).toEqual([]);
  });
});
