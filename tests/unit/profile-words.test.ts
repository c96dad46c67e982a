import { describe, expect, it } from 'vitest';
import { fillProfile, nameInSentence } from '../../src/lib/profileText';

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

describe('en kontakts navn midt i en setning', () => {
  it('gir kontorer og nødnumre liten forbokstav', () => {
    expect(nameInSentence('Tjenestekontoret', 'kontor')).toBe('tjenestekontoret');
    expect(nameInSentence('Medisinsk nødtelefon', 'nodnummer')).toBe('medisinsk nødtelefon');
    expect(nameInSentence('Familievernkontoret', 'etat')).toBe('familievernkontoret');
  });

  it('lar navn på hjelpetelefoner og organisasjoner, og forkortelser, beholde stor forbokstav', () => {
    expect(nameInSentence('Pårørendelinjen', 'hjelpetelefon')).toBe('Pårørendelinjen');
    expect(nameInSentence('Selvhjelp Norge', 'organisasjon')).toBe('Selvhjelp Norge');
    expect(nameInSentence('NAV', 'etat')).toBe('NAV');
  });
});
