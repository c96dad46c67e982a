/** How legal references are written out under «Lovene det bygger på». */
import { describe, expect, it } from 'vitest';
import { describeRef, groupLegalRefs, type PartWords } from '../../src/lib/legal';

const WORDS: PartWords = {
  ledd: (number) => ['første', 'andre', 'tredje'][number - 1] + ' ledd',
  bokstav: (letter) => `bokstav ${letter}`,
};

const laws = new Map([
  [
    'pbrl',
    {
      name: 'Pasient- og brukerrettighetsloven',
      url: 'https://lovdata.no/lov/1999-07-02-63',
      sections: [
        { section: '§ 1-3', title: 'Definisjoner', url: 'https://lovdata.no/lov/1999-07-02-63/§1-3' },
        { section: '§ 3-3', title: 'Informasjon til pasientens eller brukerens nærmeste pårørende', url: 'https://lovdata.no/lov/1999-07-02-63/§3-3' },
        { section: '§ 3-6', url: 'https://lovdata.no/lov/1999-07-02-63/§3-6' },
      ],
    },
  ],
  ['hol', { name: 'Helse- og omsorgstjenesteloven', url: 'https://lovdata.no/lov/2011-06-24-30' }],
]);

describe('lovhenvisninger', () => {
  it('samles per lov i den rekkefølgen de først nevnes, uten dobbelt opp', () => {
    const groups = groupLegalRefs(
      [
        { law: 'pbrl', section: '§ 3-3' },
        { law: 'hol', section: '§ 3-6' },
        { law: 'pbrl', section: '§ 1-3' },
        { law: 'pbrl', section: '§ 3-3' },
      ],
      laws,
      WORDS,
    );
    expect(groups.map((group) => `${group.name}: ${group.sections.map((item) => item.label).join(', ')}`)).toEqual([
      'Pasient- og brukerrettighetsloven: § 3-3, § 1-3',
      'Helse- og omsorgstjenesteloven: § 3-6',
    ]);
    expect(groups[1]?.url).toBe('https://lovdata.no/lov/2011-06-24-30');
  });

  it('viser paragrafens tittel og Lovdata-adresse fra lovlisten når den har dem', () => {
    const [group] = groupLegalRefs([{ law: 'pbrl', section: '§ 3-3' }, { law: 'pbrl', section: '§ 3-6' }], laws, WORDS);
    expect(group?.sections).toEqual([
      { label: '§ 3-3', title: 'Informasjon til pasientens eller brukerens nærmeste pårørende', url: 'https://lovdata.no/lov/1999-07-02-63/§3-3' },
      { label: '§ 3-6', title: undefined, url: 'https://lovdata.no/lov/1999-07-02-63/§3-6' },
    ]);
  });

  it('skriver ledd og bokstav ut i ord, og holder dem fra hverandre', () => {
    const [group] = groupLegalRefs(
      [
        { law: 'pbrl', section: '§ 1-3' },
        { law: 'pbrl', section: '§ 1-3', ledd: 1, bokstav: 'b' },
        { law: 'pbrl', section: '§ 3-3', ledd: 2 },
      ],
      laws,
      WORDS,
    );
    expect(group?.sections.map((item) => item.label)).toEqual(['§ 1-3', '§ 1-3 første ledd bokstav b', '§ 3-3 andre ledd']);
    expect(group?.sections[1]?.url).toBe('https://lovdata.no/lov/1999-07-02-63/§1-3');
  });

  it('describeRef skriver en henvisning slik den leses', () => {
    expect(describeRef({ law: 'pbrl', section: '§ 1-3', ledd: 1, bokstav: 'b' }, WORDS)).toBe('§ 1-3 første ledd bokstav b');
    expect(describeRef({ law: 'pbrl', section: '§ 2-8' }, WORDS)).toBe('§ 2-8');
  });
});
