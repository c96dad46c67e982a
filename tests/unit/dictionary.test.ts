import { describe, expect, it } from 'vitest';
import { dictionarySchema, language, t, vocabLabel } from '../../src/i18n';
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

  // t() speaks the site's written language (the profile's `language`): bokmål in the example, nynorsk in a nynorsk municipality.
  it('fyller inn verdier i teksten', () => {
    expect(t('offers.count', { count: 3 })).toBe({ nb: '3 tilbud', nn: '3 tilbod' }[language]);
  });
});
