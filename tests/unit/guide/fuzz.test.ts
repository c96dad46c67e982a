/**
 * Thousands of random and hostile fragments: the codec never throws, keeps only known codes,
 * and nothing from the fragment reaches the rendered result as markup.
 */
import { describe, expect, it } from 'vitest';
import { parseFragment, serializeAnswers } from '../../../src/lib/guide/codec';
import { recommend } from '../../../src/lib/guide/recommend';
import { GUIDE_DIMENSIONS, type GuideDimension } from '../../../src/lib/vocabulary';
import { everything, renderResult, rules } from './support';

/** A small seeded generator, so a failure can be repeated. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%E0%A4%A',
  '%',
  '%%%',
  '\u0000',
  '__proto__',
  'constructor',
  '&&&===,,,',
  '😀',
  'behov=<b>',
  'x'.repeat(5000),
];
const KEYS = [...Object.keys(GUIDE_DIMENSIONS), 'navn', 'q', '', '__proto__', 'BEHOV', 'behov%00'];

function randomFragment(next: () => number): string {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const pairs = Math.floor(next() * 12);
  const parts: string[] = [];
  for (let i = 0; i < pairs; i += 1) {
    const key = pick(KEYS);
    const dimension = Object.hasOwn(GUIDE_DIMENSIONS, key) ? GUIDE_DIMENSIONS[key as GuideDimension] : undefined;
    const values = Array.from({ length: Math.floor(next() * 4) }, () =>
      next() < 0.5 && dimension ? pick(dimension.values as readonly string[]) : pick(HOSTILE),
    );
    parts.push(next() < 0.1 ? key : `${key}=${values.join(next() < 0.2 ? '%2C' : ',')}`);
  }
  return `${next() < 0.8 ? '#' : ''}${parts.join(next() < 0.1 ? '&&' : '&')}`;
}

function render(fragment: string): string {
  return renderResult(parseFragment(fragment));
}

describe('fuzzing av lenker', () => {
  it('5000 tilfeldige og fiendtlige fragmenter: ingen unntak, bare kjente koder, og lenken kan skrives på nytt', () => {
    const next = random(20_261_123);
    const problems: string[] = [];
    for (let i = 0; i < 5000; i += 1) {
      const fragment = randomFragment(next);
      try {
        const answers = parseFragment(fragment);
        for (const [key, values] of Object.entries(answers)) {
          const known = Object.hasOwn(GUIDE_DIMENSIONS, key) ? (GUIDE_DIMENSIONS[key as GuideDimension].values as readonly string[]) : [];
          if (!Object.hasOwn(GUIDE_DIMENSIONS, key) || (values ?? []).some((value) => !known.includes(value))) problems.push(`ukjent kode fra ${fragment.slice(0, 80)}`);
        }
        if (serializeAnswers(parseFragment(serializeAnswers(answers))) !== serializeAnswers(answers)) problems.push(`skrives ikke likt: ${fragment.slice(0, 80)}`);
        recommend(answers, rules, everything);
      } catch (error) {
        problems.push(`${String(error)} fra ${fragment.slice(0, 80)}`);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('det som vises, inneholder aldri markup fra lenken', () => {
    const next = random(42);
    for (let i = 0; i < 800; i += 1) {
      const html = render(`${randomFragment(next)}&${HOSTILE.map((bad) => `behov=${bad}&relasjon=${bad}`).join('&')}`);
      expect(html).not.toMatch(/<script|<img|onerror|javascript:|alert\(/i);
    }
  }, 60_000);

  it('et fiendtlig fragment med ett gyldig svar viser bare det gyldige svaret', () => {
    const html = render('#relasjon=<script>alert(1)</script>&relasjon=partner&behov="><img src=x onerror=alert(1)>,avlastning');
    expect(html).toContain('Kjæreste, ektefelle eller samboer');
    expect(html).toContain('En pause');
    expect(html).not.toMatch(/<script|<img|onerror/i);
  });
});
