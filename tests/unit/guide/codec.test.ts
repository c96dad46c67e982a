/**
 * The URL-fragment codec: the format staff build links in (docs/veiviser-lenker.md).
 * Known keys and values are kept, everything else is dropped, and nothing throws.
 */
import { describe, expect, it } from 'vitest';
import { parseFragment, serializeAnswers } from '../../../src/lib/guide/codec';

describe('parseFragment', () => {
  it('leser eksempelet fra dokumentasjonen', () => {
    expect(parseFragment('#relasjon=partner&tilstand=demens&behov=avlastning,informasjon&belastning=over-30')).toEqual({
      relasjon: ['partner'],
      tilstand: ['demens'],
      behov: ['informasjon', 'avlastning'],
      belastning: ['over-30'],
    });
  });

  it('godtar fragmentet uten #', () => {
    expect(parseFragment('dodsfall=ja-brat')).toEqual({ dodsfall: ['ja-brat'] });
  });

  it('dropper ukjente nøkler og beholder resten', () => {
    expect(parseFragment('#navn=Kari&relasjon=sosken&utm_source=x')).toEqual({ relasjon: ['sosken'] });
  });

  it('dropper ukjente verdier og beholder de kjente', () => {
    expect(parseFragment('#behov=avlastning,pizza,sorg&relasjon=romvesen')).toEqual({ behov: ['avlastning', 'sorg'] });
  });

  it('leser «nøkkel=» uten verdi som «vet ikke / vil ikke svare»', () => {
    expect(parseFragment('#relasjon=&tilstand')).toEqual({ relasjon: [], tilstand: [] });
  });

  it('slår sammen gjentatte nøkler for spørsmål med flere svar', () => {
    expect(parseFragment('#behov=sorg&behov=avlastning&behov=sorg')).toEqual({ behov: ['avlastning', 'sorg'] });
  });

  it('beholder det første gyldige svaret for spørsmål med ett svar', () => {
    expect(parseFragment('#relasjon=tull&relasjon=partner&relasjon=sosken')).toEqual({ relasjon: ['partner'] });
    expect(parseFragment('#relasjon=sosken,partner')).toEqual({ relasjon: ['sosken'] });
    expect(parseFragment('#relasjon=&relasjon=verge')).toEqual({ relasjon: ['verge'] });
  });

  it('tåler store bokstaver, mellomrom og prosentkoding', () => {
    expect(parseFragment('#Relasjon=%20PARTNER%20&behov=avlastning%2Csorg')).toEqual({ relasjon: ['partner'], behov: ['avlastning', 'sorg'] });
  });

  it('tåler ødelagt prosentkoding uten å kaste', () => {
    expect(parseFragment('#relasjon=%E0%A4%A&behov=sorg%')).toEqual({});
    expect(parseFragment('#%%%=partner&relasjon=partner')).toEqual({ relasjon: ['partner'] });
  });

  it('leser bare starten av et svært langt fragment', () => {
    const huge = `#relasjon=partner&${'behov=sorg&'.repeat(100_000)}`;
    expect(parseFragment(huge)).toEqual({ relasjon: ['partner'], behov: ['sorg'] });
  });

  it('gir ingen svar for noe som ikke er tekst', () => {
    expect(parseFragment(undefined)).toEqual({});
    expect(parseFragment(42)).toEqual({});
  });

  it('lar ikke nøkler som __proto__ eller constructor slippe gjennom', () => {
    const answers = parseFragment('#__proto__=x&constructor=partner&toString=sorg');
    expect(answers).toEqual({});
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  });
});

describe('serializeAnswers', () => {
  it('skriver svarene i fast rekkefølge, med komma mellom flere svar', () => {
    expect(serializeAnswers({ behov: ['sorg', 'avlastning'], relasjon: ['partner'] })).toBe('relasjon=partner&behov=avlastning,sorg');
  });

  it('skriver «vet ikke / vil ikke svare» som nøkkel uten verdi', () => {
    expect(serializeAnswers({ relasjon: [], tilstand: [] })).toBe('relasjon=&tilstand=');
  });

  it('skriver aldri ukjente verdier, og bare ett svar der det bare kan være ett', () => {
    expect(serializeAnswers({ relasjon: ['<b>', 'partner', 'sosken'], behov: ['x'] })).toBe('relasjon=partner');
  });

  it('gir tilbake det samme når en lenke leses og skrives igjen', () => {
    const link = 'relasjon=forelder-til&personens-alder=barn&tilstand=alvorlig-sykdom,funksjonsnedsettelse&egen-alder=voksen&behov=avlastning,mote-andre&belastning=over-30&dodsfall=nei&tjenester=ja&jobb=ja&sprak=';
    expect(serializeAnswers(parseFragment(`#${link}`))).toBe(link);
  });
});
