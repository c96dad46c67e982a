import { describe, expect, it } from 'vitest';
import { dictionarySchema, t, vocabLabel } from '../../src/i18n';
import { nb } from '../../src/i18n/nb';
import { NEEDS } from '../../src/lib/vocabulary';

describe('ordboken', () => {
  it('har en etikett for hver kode i de faste listene', () => {
    for (const need of NEEDS) expect(vocabLabel('need', need)).not.toBe('');
  });

  it('blir avvist når en nøkkel mangler', () => {
    const { ['nav.home']: _removed, ...missing } = nb;
    const result = dictionarySchema.safeParse(missing);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['nav.home']);
  });

  it('fyller inn verdier i teksten', () => {
    expect(t('offers.count', { count: 3 })).toBe('3 tilbud');
  });
});
