/**
 * Nothing unfinished reaches a reader: no page of either built site, and no PDF, has an
 * editorial marker («må sjekkes», «TODO», «FIXME», «sjekk før») or a template word that
 * was never filled in (`{name}`, `{kontor}`, any `{ord}`) in the text a reader sees.
 * Read from the built files, without a browser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DEMO, FIXTURE, FIXTURE_LOCAL_DIR, type BuiltSite } from '../support/sites';
import { textOf, visibleTree } from '../support/visibleText';

/** What must never stand in text a reader sees, each with the name the failure gives it. */
const UNFINISHED: [string, RegExp][] = [
  ['«må sjekkes»', /må\s+sjekk(?:es|ast)/iu], // «må sjekkast» in nynorsk
  ['«sjekk før»', /sjekk\s+før/iu],
  ['TODO', /\bTODO\b/u],
  ['FIXME', /\bFIXME\b/u],
  ['et ord i {} som ikke er fylt inn', /\{\s*[\p{L}_][\p{L}\p{N}_]*\s*\}/u],
];

/** Each marker found in a text, with a few words around it so the failure shows where. */
export function unfinishedIn(text: string): string[] {
  return UNFINISHED.flatMap(([name, pattern]) => {
    const match = pattern.exec(text);
    return match ? [`${name}: «…${text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40)}…»`] : [];
  });
}

const fileOf = (site: BuiltSite, page: string) => join(site.dir, page.endsWith('/') ? `${page}index.html` : page);

test.describe('ingenting uferdig når en leser', () => {
  test('kontrollen finner merknadene den leter etter', () => {
    expect(unfinishedIn('Spør {name} om hva det koster.')).toHaveLength(1);
    expect(unfinishedIn('Må sjekkes: Samme kilde oppgir også 51 53 11 11.')).toHaveLength(1);
    expect(unfinishedIn('Må sjekkast: Same kjelde oppgir òg 51 53 11 11.')).toHaveLength(1);
    expect(unfinishedIn('TODO: skriv ferdig')).toHaveLength(1);
    expect(unfinishedIn('Spør tjenestekontoret om hva det koster. Vi sjekker søknaden før vi svarer.')).toEqual([]);
  });

  for (const site of [DEMO, FIXTURE]) {
    test(`${site.dir}: ingen side har redaksjonelle merknader eller uutfylte {ord}`, () => {
      const pages = builtPages(site.dir);
      expect(pages.length).toBeGreaterThan(50);
      const problems = pages.flatMap((page) => unfinishedIn(textOf(visibleTree(readFileSync(fileOf(site, page), 'utf8')))).map((problem) => `${page}: ${problem}`));
      expect(problems).toEqual([]);
    });
  }

  for (const site of [DEMO, FIXTURE]) {
    test(`${site.dir}: ingen PDF har redaksjonelle merknader eller uutfylte {ord}`, () => {
      test.setTimeout(20 * 60_000);
      // The PDFs are made by `npm run pdf` from the built site. Made here in a copy, so the
      // built site the other tests read stays as it was built.
      const copy = join('test-results', `pdf-${site.dir}`);
      rmSync(copy, { recursive: true, force: true });
      mkdirSync('test-results', { recursive: true });
      cpSync(site.dir, copy, { recursive: true });
      const env = { ...process.env, ...(site === FIXTURE ? { PG_LOKALT: FIXTURE_LOCAL_DIR } : {}) };
      if (!existsSync(join(copy, 'brosjyrer', 'pdf'))) {
        const made = spawnSync(process.execPath, ['scripts/pdf.mjs', '--dir', copy], { env, encoding: 'utf8' });
        expect(made.status, made.stderr || made.stdout).toBe(0);
      }
      const pdfs = readdirSync(join(copy, 'brosjyrer', 'pdf'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.pdf'));
      expect(pdfs.length).toBeGreaterThan(10);
      const problems = pdfs.flatMap((name) => {
        const text = execFileSync('pdftotext', [join(copy, 'brosjyrer', 'pdf', name), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        return unfinishedIn(text).map((problem) => `${name}: ${problem}`);
      });
      expect(problems).toEqual([]);
    });
  }
});
