/**
 * LIX, and the readability budget for every content file: a page for adults may
 * score at most 40, a page for children or youth at most 30. One test per file,
 * so a failure names the file and its score.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentFolders, NO_LOCAL_FOLDER } from '../support/contentFolders';
import { readContent } from '../../src/integrations/readContent';
import { lix, mdxToPlainText, wordsOf, letterCount } from '../../src/lib/readability';
import { fillProfile } from '../../src/lib/profileText';

describe('lix', () => {
  it('is words per sentence when no word is long', () => {
    // 6 words, 2 sentences, 0 long words: 6/2 + 0 = 3
    expect(lix('Jeg liker is. Du liker kaffe.')).toEqual({ lix: 3, words: 6, sentences: 2, longWords: 0 });
  });

  it('adds the share of words with more than six letters, in per cent', () => {
    // 5 words, 1 sentence, 1 long («Avlastning»): 5/1 + 100·1/5 = 25
    expect(lix('Avlastning gir deg en pause.').lix).toBe(25);
  });

  it('counts a word of exactly six letters as short', () => {
    // «hjelpe» has six letters. 7 words, 2 sentences, 3 long
    // («Pårørende», «rettigheter», «Kommunen»): 7/2 + 300/7 = 3.5 + 42.857… = 46.4
    expect(lix('Pårørende har rettigheter. Kommunen skal hjelpe deg.')).toEqual({
      lix: 46.4,
      words: 7,
      sentences: 2,
      longWords: 3,
    });
  });

  it('ends a sentence at a question mark, an exclamation mark and a colon', () => {
    // 6 words, 3 sentences, 0 long: 2
    expect(lix('Er du sliten? Ta fri! Slik gjør du:').sentences).toBe(3);
  });

  it('counts a heading or list item without a full stop as one sentence', () => {
    // 8 words in 4 blocks, 2 long («avlastning», «omsorgsstønad»): 8/4 + 200/8 = 27
    expect(lix('Hva får jeg?\nDu kan få:\navlastning\nomsorgsstønad')).toEqual({ lix: 27, words: 8, sentences: 4, longWords: 2 });
  });

  it('does not end a sentence at a full stop inside a web address', () => {
    // 5 words, 1 sentence, 1 long («helsenorge.no» has 12 letters): 5 + 20 = 25
    expect(lix('Les mer på helsenorge.no nå.')).toEqual({ lix: 25, words: 5, sentences: 1, longWords: 1 });
  });

  it('counts numbers as short words', () => {
    // «Ring 113 eller 116 117.» 5 words, 1 sentence, 0 long
    expect(lix('Ring 113 eller 116 117.').lix).toBe(5);
  });

  it('is 0 for a text without words', () => {
    expect(lix('  \n –  \n')).toEqual({ lix: 0, words: 0, sentences: 0, longWords: 0 });
  });
});

describe('wordsOf and letterCount', () => {
  it('keeps tokens with a letter or a digit and ignores lone punctuation', () => {
    expect(wordsOf('Pasient- og brukerrettighetsloven § 2-8 – se')).toEqual(['Pasient-', 'og', 'brukerrettighetsloven', '2-8', 'se']);
  });

  it('counts letters, not hyphens, digits or punctuation', () => {
    expect(letterCount('«pårørende»,')).toBe(9);
    expect(letterCount('2-8')).toBe(0);
  });
});

describe('mdxToPlainText', () => {
  it('drops the frontmatter, imports and exports', () => {
    const mdx = "---\ntitle: Tittel\n---\nimport X from './x';\nexport const y = 1;\n\nTeksten.";
    expect(mdxToPlainText(mdx)).toBe('Teksten.');
  });

  it('keeps the words of a link and drops its target', () => {
    expect(mdxToPlainText('Les om [avlastning](/tilbud/avlastning/) og [klage](/klage-og-tilbakemelding/#muntlig).')).toBe(
      'Les om avlastning og klage.',
    );
  });

  it('drops JSX tags and expressions but keeps the words between tags', () => {
    expect(mdxToPlainText('Ring <strong>i dag</strong>{" "}<KontorTelefon />.\n\n<Aside>\nHusk dette.\n</Aside>')).toBe(
      'Ring i dag.\nHusk dette.',
    );
  });

  it('puts in the words a component stands for when told', () => {
    expect(mdxToPlainText('Ring <Kontor />.', { components: { Kontor: 'tjenestekontoret' } })).toBe('Ring tjenestekontoret.');
  });

  it('removes heading marks, list markers, emphasis and code', () => {
    const mdx = '## Hva gjør jeg?\n\n1. Ring **nå**.\n2. Skriv *kort*.\n- `punkt`';
    expect(mdxToPlainText(mdx)).toBe('Hva gjør jeg?\nRing nå.\nSkriv kort.\npunkt');
  });

  it('joins a paragraph written over several lines', () => {
    expect(mdxToPlainText('Dette er en setning\nsom fortsetter her.\n\n- et punkt\n  som fortsetter')).toBe(
      'Dette er en setning som fortsetter her.\net punkt som fortsetter',
    );
  });

  it('splits table cells into blocks and drops the divider row', () => {
    expect(mdxToPlainText('| Ord | Betyr |\n|---|---|\n| tolk | oversetter |')).toBe('Ord\nBetyr\ntolk\noversetter');
  });

  it('drops comments', () => {
    expect(mdxToPlainText('Før.<!-- skjult -->{/* også skjult */} Etter.')).toBe('Før. Etter.');
  });
});

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Every national folder (bokmål and nynorsk) has the same budgets; the local folder is read with its site's language.
const files = contentFolders(ROOT).flatMap((folders) => readContent(folders.national, folders.local ?? NO_LOCAL_FOLDER));
const profile = files.find((file) => file.collection === 'profil')?.data as { municipality: string; office: { name: string } } | undefined;
const words = { municipality: profile?.municipality ?? 'kommunen', officeName: profile?.office.name ?? 'kontoret' };

/** The highest LIX a page may have, by who it is written for. */
const LIX_BUDGET = { voksne: 40, barn: 30, ungdom: 30 } as const;

// A draft (`draft: true`) is not published: a new municipality's offers start as drafts with the
// catalogue's short lead, and are checked here once the line is deleted and the text written.
const readable = files.filter((file) => (file.collection === 'tilbud' || file.collection === 'sider') && file.data && (file.data as { draft?: boolean }).draft !== true);

describe('every page and offer is easy to read', () => {
  it('finds content to check', () => {
    expect(readable.length).toBeGreaterThan(0);
  });

  for (const file of readable) {
    const data = file.data as { lead?: string; audience?: keyof typeof LIX_BUDGET };
    const audience = data.audience ?? 'voksne';
    const budget = LIX_BUDGET[audience] ?? LIX_BUDGET.voksne;
    const relative = file.file.startsWith(ROOT) ? file.file.slice(ROOT.length) : file.file;
    it(`${relative} (${audience}) has LIX ${budget} or less`, () => {
      const lead = fillProfile(data.lead ?? '', words);
      const body = mdxToPlainText(file.body ?? '', {
        components: { Kontor: words.officeName.toLocaleLowerCase('nb'), Kommune: words.municipality },
      });
      const result = lix(`${lead}\n${body}`);
      expect(
        result.lix,
        `${relative}: LIX ${result.lix} er over ${budget} (${result.words} ord, ${result.sentences} setninger, ${result.longWords} lange ord)`,
      ).toBeLessThanOrEqual(budget);
    });
  }
});
