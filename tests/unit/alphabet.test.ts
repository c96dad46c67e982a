/** The A–Å index sorts and groups titles the Norwegian way. */
import { describe, expect, it } from 'vitest';
import { groupByLetter, letterOf } from '../../src/lib/alphabet';

const titles = (groups: { letter: string; entries: string[] }[]) => groups.map((group) => `${group.letter}: ${group.entries.join(', ')}`);

describe('letterOf', () => {
  it('arkiverer under første bokstav, med store bokstaver', () => {
    expect(letterOf('avlastning')).toBe('A');
    expect(letterOf('Økonomi')).toBe('Ø');
  });

  it('hopper over anførselstegn og tankestrek foran tittelen', () => {
    expect(letterOf('«Hva med oss» – samlivskurs')).toBe('H');
    expect(letterOf('– Sorg')).toBe('S');
  });

  it('arkiverer titler som begynner med et tall under #', () => {
    expect(letterOf('113 – nødnummer')).toBe('#');
  });
});

describe('groupByLetter', () => {
  it('sorterer Æ, Ø og Å etter Z og skiller Å fra A', () => {
    const groups = groupByLetter(['Åpen kafé', 'Zumba', 'Avlastning', 'Økonomi', 'Ærlig', 'Barn'], (title) => title);
    expect(titles(groups)).toEqual(['A: Avlastning', 'B: Barn', 'Z: Zumba', 'Æ: Ærlig', 'Ø: Økonomi', 'Å: Åpen kafé']);
  });

  it('sorterer innen en bokstav og tar bare med bokstaver som har noe', () => {
    const groups = groupByLetter(['Sorggrupper', 'Selvhjelpsgrupper', '«Samtale»', 'Avlastning'], (title) => title);
    expect(titles(groups)).toEqual(['A: Avlastning', 'S: «Samtale», Selvhjelpsgrupper, Sorggrupper']);
  });
});
