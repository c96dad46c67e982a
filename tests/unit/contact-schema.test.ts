/** A contact carries its own check and never an editorial note for the page. */
import { describe, expect, it } from 'vitest';
import { contactSchema } from '../../src/schemas';

const helpline = {
  name: 'Kirkens SOS',
  kind: 'hjelpetelefon',
  description: 'Noen å snakke med.',
  phone: '22 40 00 40',
  hours: 'Hele døgnet',
  sources: [{ title: 'Kirkens SOS: «SOS-telefon»', url: 'https://www.girku-sos.no/nordsamisk/telefon' }],
  lastChecked: '2026-12-01',
};

describe('en kontakt', () => {
  it('godtas med nummer, åpningstid, kilde og dato', () => {
    expect(contactSchema.safeParse(helpline).success).toBe(true);
  });

  it('kan ikke ha en merknad om at nummeret må sjekkes: tvil står i en kommentar i filen', () => {
    const result = contactSchema.safeParse({ ...helpline, phoneNote: 'Må sjekkes' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('må si når den sist ble kontrollert', () => {
    const { lastChecked: _omitted, ...withoutDate } = helpline;
    expect(contactSchema.safeParse(withoutDate).error?.issues[0]?.path).toEqual(['lastChecked']);
  });
});
