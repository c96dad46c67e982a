import { describe, expect, it } from 'vitest';
import { fillProfile } from '../../src/lib/profileText';

const words = { municipality: 'Prøvestad kommune', officeName: 'Tildelingskontoret' };

describe('ord fra kommuneprofilen', () => {
  it('setter inn kontorets navn midt i en setning med liten forbokstav', () => {
    expect(fillProfile('Du søker hos {kontor}.', words)).toBe('Du søker hos tildelingskontoret.');
  });

  it('setter inn kontorets navn først i en setning med stor forbokstav', () => {
    expect(fillProfile('{Kontor} hjelper deg.', words)).toBe('Tildelingskontoret hjelper deg.');
  });

  it('setter inn kommunens navn', () => {
    expect(fillProfile('{kommune} har ansvaret.', words)).toBe('Prøvestad kommune har ansvaret.');
  });

  it('lar ukjente plassholdere stå, så en skrivefeil synes', () => {
    expect(fillProfile('Ring {kontr}.', words)).toBe('Ring {kontr}.');
  });
});
