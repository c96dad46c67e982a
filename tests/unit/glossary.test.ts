/**
 * The glossary: grouping words by letter, and the words themselves — unique IDs, and
 * every `/ordliste/#id` link in the content pointing to a word that exists.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/integrations/readContent';
import { linksIn } from '../../src/lib/content/check';
import { firstLetter, groupByLetter, letterAnchor } from '../../src/lib/glossary';

describe('firstLetter', () => {
  it('is the first letter in capitals', () => {
    expect(firstLetter('avlastning')).toBe('A');
    expect(firstLetter('øvrige pårørende')).toBe('Ø');
  });

  it('skips an opening quote', () => {
    expect(firstLetter('«Vi – de pårørende»')).toBe('V');
  });
});

describe('letterAnchor', () => {
  it('spells Æ, Ø and Å with a–z, so the anchor is safe in a link', () => {
    expect(letterAnchor('A')).toBe('bokstav-a');
    expect(letterAnchor('Æ')).toBe('bokstav-ae');
    expect(letterAnchor('Ø')).toBe('bokstav-oe');
    expect(letterAnchor('Å')).toBe('bokstav-aa');
  });
});

describe('groupByLetter', () => {
  it('keeps the order and starts a new group at each new letter', () => {
    const groups = groupByLetter([{ term: 'avlastning' }, { term: 'ASK' }, { term: 'brukerråd' }, { term: 'øvrige pårørende' }]);
    expect(groups.map((group) => [group.letter, group.terms.length])).toEqual([
      ['A', 2],
      ['B', 1],
      ['Ø', 1],
    ]);
  });

  it('gives nothing for no words', () => {
    expect(groupByLetter([])).toEqual([]);
  });
});

describe('the glossary content', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const terms = parse(readFileSync(join(root, 'content/nasjonalt/ordliste.yaml'), 'utf8')) as { id: string }[];
  const ids = new Set(terms.map((term) => term.id));
  const files = readContent(join(root, 'content/nasjonalt'), join(root, process.env.PG_LOKALT ?? 'content/lokalt'));

  it('gives every word its own ID', () => {
    expect(ids.size).toBe(terms.length);
  });

  for (const file of files.filter((candidate) => candidate.body)) {
    const anchors = linksIn(file.body ?? '')
      .filter((href) => href.startsWith('/ordliste/#'))
      .map((href) => href.slice('/ordliste/#'.length));
    if (anchors.length === 0) continue;
    const relative = file.file.startsWith(root) ? file.file.slice(root.length) : file.file;
    it(`${relative} links only to words that are in the glossary`, () => {
      expect(anchors.filter((anchor) => !ids.has(anchor)), relative).toEqual([]);
    });
  }
});
