import { describe, expect, it } from 'vitest';
import { checkStructuredReferences, checkTextReferences, findLegalReferences, normaliseSection, type KnownLaw } from '../../src/lib/legalText';

const LAWS: KnownLaw[] = [
  { id: 'pbrl', name: 'Pasient- og brukerrettighetsloven', sections: ['§ 1-3 b', '§ 2-8', '§ 3-3', '§ 3-4'] },
  { id: 'hol', name: 'Helse- og omsorgstjenesteloven', sections: ['§ 3-6'] },
  { id: 'hpl', name: 'Helsepersonelloven', sections: ['§ 10 a', '§ 10 b'] },
  { id: 'ldl', name: 'Likestillings- og diskrimineringsloven', sections: ['§ 17', '§ 18'] },
];

describe('normaliseSection', () => {
  it('writes a section the way the law list does', () => {
    expect(normaliseSection('§ 10a')).toBe('§ 10 a');
    expect(normaliseSection('§  1-3 b')).toBe('§ 1-3 b');
    expect(normaliseSection('2-8')).toBe('§ 2-8');
  });
});

describe('findLegalReferences', () => {
  it('ties a section to the law named right before it, whatever the case', () => {
    expect(findLegalReferences('Det står i pasient- og brukerrettighetsloven § 2-8.', LAWS)).toEqual([
      { law: 'pbrl', section: '§ 2-8', quote: '§ 2-8' },
    ]);
  });

  it('ties a section to the law named after it with «i»', () => {
    expect(findLegalReferences('Det står i § 3-6 i helse- og omsorgstjenesteloven.', LAWS)[0]?.law).toBe('hol');
  });

  it('reads a list of sections after one law name', () => {
    const found = findLegalReferences('helsepersonelloven § 10a og § 10 b', LAWS);
    expect(found.map((ref) => [ref.law, ref.section])).toEqual([
      ['hpl', '§ 10 a'],
      ['hpl', '§ 10 b'],
    ]);
  });

  it('reads «§§ 17–18» as two sections', () => {
    const found = findLegalReferences('likestillings- og diskrimineringsloven §§ 17–18', LAWS);
    expect(found.map((ref) => ref.section)).toEqual(['§ 17', '§ 18']);
  });

  it('does not take the word «i» after a section as a letter of the section', () => {
    expect(findLegalReferences('§ 2-8 i pasient- og brukerrettighetsloven', LAWS)[0]?.section).toBe('§ 2-8');
  });

  it('reads a section written with a no-break space after §', () => {
    expect(findLegalReferences('helse- og omsorgstjenesteloven §\u00a03-6', LAWS)).toEqual([{ law: 'hol', section: '§ 3-6', quote: '§\u00a03-6' }]);
  });

  it('leaves the law empty when the text names none', () => {
    expect(findLegalReferences('Loven sier det i § 2-8.', LAWS)[0]?.law).toBeUndefined();
  });
});

describe('checkTextReferences', () => {
  it('accepts known laws and sections', () => {
    expect(checkTextReferences('Pasient- og brukerrettighetsloven § 1-3 b og helse- og omsorgstjenesteloven § 3-6.', LAWS)).toEqual([]);
  });

  it('refuses a section the law list does not have', () => {
    expect(checkTextReferences('helse- og omsorgstjenesteloven § 9-9', LAWS)).toEqual([
      '«§ 9-9» i hol står ikke i listen over kjente paragrafer (lover.yaml).',
    ]);
  });

  it('refuses a section without a law', () => {
    expect(checkTextReferences('Du har rett etter § 2-8.', LAWS)).toHaveLength(1);
  });

  it('finds nothing to check in text without a section sign', () => {
    expect(checkTextReferences('Du kan klage muntlig eller skriftlig.', LAWS)).toEqual([]);
  });
});

describe('checkStructuredReferences', () => {
  it('names the field, the index and the problem', () => {
    expect(
      checkStructuredReferences(
        [
          { law: 'pbrl', section: '§ 2-8' },
          { law: 'pbrl', section: '§ 7-2' },
          { law: 'ukjent', section: '§ 1' },
        ],
        LAWS,
        'legalRefs',
      ),
    ).toEqual(['legalRefs[1]: «§ 7-2» står ikke blant de kjente paragrafene for pbrl', 'legalRefs[2]: loven «ukjent» står ikke i lover.yaml']);
  });
});
