/**
 * content/nasjonalt-nn mirrors content/nasjonalt: the same files under the same names (so
 * every address is the same in both written languages), and in each file the same ids,
 * codes, links, related pages, order, phone numbers, addresses, dates, sources and legal
 * references; only what a reader sees is written in nynorsk. One test per file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bodyDifferences, missingTranslations, nonTextDifferences } from '../../src/lib/content/mirror';
import { NATIONAL_DIRS } from '../../src/siteConfig';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NB = NATIONAL_DIRS.nb;
const NN = NATIONAL_DIRS.nn;

const filesUnder = (dir: string): string[] =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(join(ROOT, dir).length + 1))
        .sort()
    : [];

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
function read(file: string): { data: unknown; body?: string } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  if (!file.endsWith('.mdx')) return { data: parse(text) };
  const match = FRONTMATTER.exec(text);
  return { data: parse(match?.[1] ?? '') ?? {}, body: match?.[2] ?? '' };
}

describe('the mirror check itself', () => {
  it('lets text differ and nothing else', () => {
    const nb = { title: 'Avlastning', related: ['sorg'], order: 2, sources: [{ title: 'Kilde', url: 'https://a.no/' }], lastChecked: new Date('2026-12-01') };
    const nn = { title: 'Avlasting', related: ['sorg'], order: 2, sources: [{ title: 'Kilde', url: 'https://a.no/' }], lastChecked: new Date('2026-12-01') };
    expect(nonTextDifferences(nb, nn)).toEqual([]);
    expect(nonTextDifferences(nb, { ...nn, related: ['sorg', 'rus'] })).toEqual(['related: har 2 elementer, originalen 1']);
    expect(nonTextDifferences(nb, { ...nn, order: 3 })).toEqual(['order: «3», originalen har «2»']);
    expect(nonTextDifferences(nb, { ...nn, sources: [{ title: 'Kjelde', url: 'https://a.no/' }] })).toEqual(['sources[0].title: «Kjelde», originalen har «Kilde»']);
    expect(nonTextDifferences(nb, { ...nn, section: 'rettigheter' })).toEqual(['section: finnes ikke i originalen']);
  });

  it('compares the links, components and imports of a body, in any order', () => {
    const nb = "import Fri from './_fri.mdx';\n\nLes om [klage](/klage-og-tilbakemelding/). Ring <Hjelpetelefon id=\"kirkens-sos\" />.\n\n<Fri />";
    expect(bodyDifferences(nb, "import Fri from './_fri.mdx';\n\nRing <Hjelpetelefon id=\"kirkens-sos\" />. Les om [klaga](/klage-og-tilbakemelding/).\n\n<Fri />")).toEqual([]);
    expect(bodyDifferences(nb, "import Fri from './_fri.mdx';\n\nLes om [klage](/klage/). Ring <Hjelpetelefon id=\"kirkens-sos\" />.\n\n<Fri />")).toEqual([
      'teksten: mangler lenke /klage-og-tilbakemelding/ (finnes i originalen)',
      'teksten: har lenke /klage/, som originalen ikke har',
    ]);
    expect(bodyDifferences('Sjå [fri](#kan-jeg-få-fri) og [klage](/klage/#frist).', 'Sjå [fri](#kan-eg-få-fri) og [klage](/klage/#fristen).')).toEqual([]);
  });

  it('names every file the translation lacks', () => {
    expect(missingTranslations(['sider/a.mdx', 'lover.yaml'], ['lover.yaml'], NN, NB)).toEqual([
      { file: `${NN}/sider/a.mdx`, problem: `mangler; oversett ${NB}/sider/a.mdx` },
    ]);
  });
});

const original = filesUnder(NB);
const translated = new Set(filesUnder(NN));

describe(`${NN} mirrors ${NB} file for file`, () => {
  it('has no file the bokmål folder lacks', () => {
    expect([...translated].filter((file) => !original.includes(file))).toEqual([]);
  });

  for (const file of original) {
    it(`${file}: exists in nynorsk with the same ids, codes, links and order`, () => {
      expect(translated.has(file), `${NN}/${file} mangler`).toBe(true);
      const a = read(join(NB, file));
      const b = read(join(NN, file));
      const problems = nonTextDifferences(a.data, b.data);
      if (a.body !== undefined) problems.push(...bodyDifferences(a.body, b.body ?? ''));
      expect(problems, `${NN}/${file}`).toEqual([]);
    });
  }
});
