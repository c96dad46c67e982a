import { describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('den nynorske ordboken', () => {
  it('har nøyaktig de samme nøklene som den bokmålske', () => {
    expect(Object.keys(nn).sort()).toEqual(Object.keys(nb).sort());
  });

  it('har de samme plassholderne for hver nøkkel', () => {
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect({ key, placeholders: placeholders(nn[key as keyof typeof nn]) }).toEqual({ key, placeholders: placeholders(nb[key]) });
    }
  });

  it('har ingen tomme tekster', () => {
    for (const value of Object.values(nn)) expect(value.trim()).not.toBe('');
  });
});
