/** The A–Å index sorts and groups titles the Norwegian way. */
import { describe, expect, it } from 'vitest';
import { azIndex, groupByLetter, letterOf, nameAnchor, nameKey } from '../../src/lib/alphabet';

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

describe('azIndex', () => {
  interface Item {
    title: string;
    azTerms: string[];
  }
  const item = (title: string, ...azTerms: string[]): Item => ({ title, azTerms });
  const names = (entry: Item) => (entry.azTerms.length > 0 ? entry.azTerms : [entry.title]);
  const lines = (items: Item[]) =>
    azIndex(items, names).map(
      (group) =>
        `${group.letter}: ${group.entries
          .map((line) => (line.kind === 'see' ? `${line.name} → ${line.see}` : `${line.name} [${line.items.map((i) => i.title).join(' | ')}]`))
          .join(', ')}`,
    );

  it('arkiverer en side under ordet folk leter etter, ikke under tittelen', () => {
    expect(lines([item('Når noen du er glad i, har demens', 'Demens'), item('Når noen har kreft', 'Kreft')])).toEqual([
      'D: Demens [Når noen du er glad i, har demens]',
      'K: Kreft [Når noen har kreft]',
    ]);
  });

  it('arkiverer en side uten egne ord under tittelen', () => {
    expect(lines([item('Avlastning')])).toEqual(['A: Avlastning [Avlastning]']);
  });

  it('viser andre navn som «se»-linjer til oppslaget', () => {
    expect(lines([item('Når noen du er glad i, har demens', 'Demens', 'Alzheimer')])).toEqual([
      'A: Alzheimer → Demens',
      'D: Demens [Når noen du er glad i, har demens]',
    ]);
  });

  it('samler sider med samme navn under ett oppslag, uansett store og små bokstaver', () => {
    expect(lines([item('Klage og si fra', 'Klage'), item('Klage og tilbakemelding', 'klage')])).toEqual([
      'K: Klage [Klage og si fra | Klage og tilbakemelding]',
    ]);
  });

  it('lager ingen «se»-linje for et navn som selv er et oppslag', () => {
    expect(lines([item('Tolk'), item('Tolk og hjelp på andre språk', 'Språk', 'Tolk')])).toEqual([
      'S: Språk [Tolk og hjelp på andre språk]',
      'T: Tolk [Tolk]',
    ]);
  });

  it('gir hvert oppslag et anker uten æ, ø og å', () => {
    const [group] = azIndex([item('Når omsorgen er særlig tung', 'Særlig tyngende omsorg')], names);
    expect(group!.entries[0]!.anchor).toBe('az-saerlig-tyngende-omsorg');
    expect(nameAnchor('Pårørendeskole')).toBe('az-parorendeskole');
  });

  it('regner navn som bare skiller seg i aksenter og tegn som det samme', () => {
    expect(nameKey('Pårørendekafé')).toBe(nameKey('pårørendekafe'));
    expect(nameKey('SIBS – søsken')).toBe('sibs søsken');
    expect(nameKey('Pårørende')).not.toBe(nameKey('Parorende'));
  });
});
