import { describe, expect, it } from 'vitest';
import { addressPieces, breakAfter, emailPieces, phoneRuns, telHref } from '../../src/lib/textBreaks';

describe('hvor lange ord uten mellomrom kan brytes', () => {
  it('deler en e-postadresse bare etter @ og punktum', () => {
    expect(emailPieces('tjenestekontoret@eksempel.kommune.no')).toEqual(['tjenestekontoret@', 'eksempel.', 'kommune.', 'no']);
  });

  it('deler en e-postadresse med punktum før @ også der', () => {
    expect(emailPieces('ola.nordmann@provestad.example')).toEqual(['ola.', 'nordmann@', 'provestad.', 'example']);
  });

  it('lar en adresse uten bruddsteder være ett stykke', () => {
    expect(emailPieces('postmottak')).toEqual(['postmottak']);
  });

  it('deler en nettadresse etter skråstrek og punktum', () => {
    expect(addressPieces('www.eksempel.kommune.no/parorende/avlastning')).toEqual(['www.', 'eksempel.', 'kommune.', 'no/', 'parorende/', 'avlastning']);
  });

  it('gir tilbake nøyaktig teksten når stykkene settes sammen, og ingen tomme stykker', () => {
    for (const text of ['a@b.c', '@.', 'x..y@@z', 'æøå@åøæ.no', '', 'a.']) {
      const pieces = breakAfter(text, '@.');
      expect(pieces.join('')).toBe(text);
      expect(pieces.every((piece) => piece.length > 0)).toBe(true);
      // Every piece but the last ends at a break mark, and no mark sits inside a piece.
      pieces.slice(0, -1).forEach((piece) => expect('@.').toContain(piece.slice(-1)));
      pieces.forEach((piece) => expect(/[@.]/.test(piece.slice(0, -1))).toBe(false));
    }
  });
});

describe('telefonlenker', () => {
  it('tar bort mellomrommene i tel:-adressen', () => {
    expect(telHref('12 34 56 78')).toBe('tel:12345678');
    expect(telHref('116 117')).toBe('tel:116117');
    expect(telHref('113')).toBe('tel:113');
  });
});

describe('telefonnumre i løpende tekst', () => {
  it('finner numre skrevet i grupper, så de kan holdes på én linje', () => {
    expect(phoneRuns('Haster det? Ring 113. Ring legevakten på 116 117.')).toEqual([
      { text: 'Haster det? Ring 113. Ring legevakten på ', phone: false },
      { text: '116 117', phone: true },
      { text: '.', phone: false },
    ]);
    expect(phoneRuns('12 34 56 78')).toEqual([{ text: '12 34 56 78', phone: true }]);
  });

  it('tar ikke klokkeslett, årstall eller paragrafer for telefonnumre', () => {
    for (const text of ['Hverdager 08.00–15.00', 'i 2026 og 2027', 'pbrl. § 3-6', 'kapittel 10 a']) {
      expect(phoneRuns(text)).toEqual([{ text, phone: false }]);
    }
  });

  it('gir tilbake nøyaktig teksten', () => {
    const text = 'Ring 90 90 48 48 eller 51 53 11 11, hverdager 09–15.';
    expect(phoneRuns(text).map((run) => run.text).join('')).toBe(text);
    expect(phoneRuns(text).filter((run) => run.phone).map((run) => run.text)).toEqual(['90 90 48 48', '51 53 11 11']);
  });
});
