import { describe, expect, test } from 'vitest';
import { qrModules, qrSvg } from '../../src/lib/print/qr';

/** Reads the dark modules back out of the SVG path the library draws (M x y, h n, m dx dy). */
function modulesFromSvg(svg: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  const path = /<path stroke="#000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let i = 0; i < Number(a); i++) grid[Math.floor(y)]![x + i] = true;
      x += Number(a);
    }
  }
  return grid;
}

describe('QR-koden tilbake til siden', () => {
  const url = 'https://www.eksempel.kommune.no/parorende/tilbud/avlastning/';

  test('tegner nøyaktig kodene for adressen', async () => {
    const expected = qrModules(url);
    expect(modulesFromSvg(await qrSvg(url), expected.length)).toEqual(expected);
  });

  test('er skjult for skjermlesere og har ingen skript eller farger utenom svart og hvitt', async () => {
    const svg = await qrSvg(url);
    expect(svg).toMatch(/^<svg class="pg-qr__code" aria-hidden="true" focusable="false" /);
    expect(svg).not.toMatch(/<script|on\w+=/i);
    expect([...svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1])).toEqual(['#fff', '#000']);
  });

  test('er liten nok til å ligge i siden (under 2,5 kB før gzip for en lang adresse)', async () => {
    const svg = await qrSvg('https://www.eksempel.kommune.no/parorende/brosjyrer/tilbud/samtaletilbud-rus-psykisk/');
    expect(svg.length).toBeLessThan(2500);
  });

  test('nekter en adresse som ikke er hel', async () => {
    await expect(qrSvg('/tilbud/avlastning/')).rejects.toThrow(/hel adresse/);
  });
});
