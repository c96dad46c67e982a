/**
 * The glossary: grouping words by letter, and the words themselves — unique IDs, and
 * every `/ordliste/#id` link in the content pointing to a word that exists.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localDir, nationalDir, siteLanguage } from '../../src/siteConfig';
import { readContent } from '../../src/integrations/readContent';
import { linksIn } from '../../src/lib/content/check';
import { firstLetter, GLOSSARY_PARTS, groupByLetter, letterAnchor, letterLink, partLetters, partOfLetter, similarWords } from '../../src/lib/glossary';

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

describe('similarWords', () => {
  const terms = [
    { term: 'koordinator', compare: 'roller', see: 'koordinator-ip' },
    { term: 'primærkontakt', compare: 'roller', see: 'primaerkontakt' },
    { term: 'pårørendekontakt', compare: 'roller', see: 'parorendekontakt' },
    { term: 'avlastning', see: 'avlastning' },
    { term: 'rullering', compare: 'avlastning', see: 'rullering' },
  ];

  it('gives the words that share a name and whose offers are in the list, in the order given', () => {
    const listed = new Set(['primaerkontakt', 'parorendekontakt', 'avlastning', 'rullering']);
    expect(similarWords(terms, listed).map((group) => group.map((term) => term.term))).toEqual([['primærkontakt', 'pårørendekontakt']]);
  });

  it('gives nothing when fewer than two of them are in the list', () => {
    expect(similarWords(terms, new Set(['primaerkontakt', 'rullering']))).toEqual([]);
  });
});

describe('the glossary content', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  // The site's own national folder (content/nasjonalt, or content/nasjonalt-nn for a nynorsk site).
  const national = join(root, nationalDir(siteLanguage(root)));
  const terms = parse(readFileSync(join(national, 'ordliste.yaml'), 'utf8')) as { id: string }[];
  const ids = new Set(terms.map((term) => term.id));
  const files = readContent(national, join(root, localDir()));

  it('gives every word its own ID', () => {
    expect(ids.size).toBe(terms.length);
  });

  it('explains primærkontakt, pårørendekontakt and pårørendekoordinator side by side', () => {
    const compared = (terms as { id: string; compare?: string }[]).filter((term) => term.compare === 'kontaktpersoner').map((term) => term.id);
    expect(compared).toEqual(expect.arrayContaining(['primaerkontakt', 'parorendekontakt', 'parorendekoordinator']));
  });

  it('names no group of similar words that only one word has', () => {
    const counts = new Map<string, number>();
    for (const term of terms as { compare?: string }[]) if (term.compare) counts.set(term.compare, (counts.get(term.compare) ?? 0) + 1);
    expect([...counts].filter(([, count]) => count < 2)).toEqual([]);
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

describe('the glossary pages', () => {
  it('puts each letter on one page, A up to the second page’s letter on the first', () => {
    expect(partOfLetter('A')).toBe(0);
    expect(partOfLetter(GLOSSARY_PARTS[1].from)).toBe(1);
    expect(partOfLetter('Å')).toBe(GLOSSARY_PARTS.length - 1);
    expect(partOfLetter('#')).toBe(0);
  });

  it('names each page by its first and last letter', () => {
    const second = GLOSSARY_PARTS[1].from;
    const before = String.fromCodePoint(second.codePointAt(0)! - 1);
    expect(partLetters(0)).toEqual({ from: 'A', to: before });
    expect(partLetters(GLOSSARY_PARTS.length - 1).to).toBe('Å');
  });

  it('links a letter on the same page by its anchor, and one on another page with that page’s address', () => {
    const [a] = groupByLetter([{ term: 'avlastning' }]);
    const [v] = groupByLetter([{ term: 'vedtak' }]);
    expect(letterLink(a!, 0)).toBe('#bokstav-a');
    expect(letterLink(v!, 0)).toBe(`${GLOSSARY_PARTS[partOfLetter('V')]!.path}#bokstav-v`);
    expect(letterLink(a!, 1)).toBe('/ordliste/#bokstav-a');
  });
});
