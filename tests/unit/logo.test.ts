/** The logo: SVG, PNG, JPEG or WebP, and a missing or unreadable file is a message naming the field. */
import { describe, expect, it } from 'vitest';
import { checkLogo } from '../../src/lib/content/logo';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...value].map((char) => char.charCodeAt(0)) : [value])));

describe('logoen i profil.yaml', () => {
  it('godtar SVG, PNG, JPEG og WebP', () => {
    expect(checkLogo('logo.svg', bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toEqual({ kind: 'svg' });
    expect(checkLogo('logo.png', bytes(0x89, 'PNG', 0x0d, 0x0a))).toEqual({ kind: 'png' });
    expect(checkLogo('logo.JPG', bytes(0xff, 0xd8, 0xff, 0xe0))).toEqual({ kind: 'jpeg' });
    expect(checkLogo('logo.webp', bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toEqual({ kind: 'webp' });
  });

  it('sier fra når filen mangler', () => {
    expect(checkLogo('logo.png', undefined)).toEqual({
      problem: 'logo: finner ikke filen «logo.png». Legg den ved siden av profil.yaml, eller fjern linjen for å vise bare navnet',
    });
  });

  it('sier fra når filen ikke er et bilde, eller har feil endelse', () => {
    expect(checkLogo('logo.png', bytes('hei'))).toEqual({
      problem: 'logo: «logo.png» kan ikke leses som et bilde. Lagre logoen på nytt som SVG, PNG, JPEG eller WebP',
    });
    expect(checkLogo('logo.svg', bytes(0x89, 'PNG'))).toEqual({ problem: 'logo: «logo.svg» er egentlig en PNG-fil. Gi filen riktig endelse (.png)' });
    expect(checkLogo('logo.gif', bytes('GIF89a'))).toEqual({
      problem: 'logo: «logo.gif» er ikke en bildefil vi kan bruke. Bruk SVG, PNG, JPEG eller WebP (.svg, .png, .jpg, .webp)',
    });
  });
});
