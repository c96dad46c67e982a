import { describe, expect, test } from 'vitest';
import { addAddresses, missingAddresses, parseAddressList } from '../../src/lib/addresses';

describe('listen over publiserte adresser', () => {
  const file = '# Publiserte adresser. Slett aldri en linje.\n/\n/tilbud/avlastning/   # avlastning\n\n/sorg/\n';

  test('leser én adresse per linje og hopper over kommentarer og tomme linjer', () => {
    expect(parseAddressList(file)).toEqual(['/', '/tilbud/avlastning/', '/sorg/']);
  });

  test('en adresse som forsvinner uten omdirigering blir meldt', () => {
    expect(missingAddresses(parseAddressList(file), ['/', '/tilbud/avlastning/'])).toEqual(['/sorg/']);
  });

  test('en adresse som nå er en omdirigering (en bygget side) er i orden', () => {
    expect(missingAddresses(['/sorg-og-tap/'], ['/sorg/', '/sorg-og-tap/'])).toEqual([]);
  });

  test('nye adresser legges til sortert, ingen fjernes, og kommentaren øverst blir stående', () => {
    const { text, added } = addAddresses(file, ['/', '/tilbud/avlastning/', '/brosjyrer/', '/404.html']);
    expect(added).toEqual(['/brosjyrer/']);
    expect(text).toBe('# Publiserte adresser. Slett aldri en linje.\n/\n/brosjyrer/\n/sorg/\n/tilbud/avlastning/\n');
  });

  test('ingenting nytt gir filen uendret', () => {
    expect(addAddresses(file, ['/sorg/'])).toEqual({ text: file, added: [] });
  });
});
