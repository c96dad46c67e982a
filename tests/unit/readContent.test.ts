/**
 * A page may bring in a shared text (`_navn.mdx`). The checks read the page as a reader
 * sees it: the shared text stands where its tag is, and a missing shared file is named.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/integrations/readContent';
import { orphanVersions } from '../../src/integrations/alsoLanguage';

const root = mkdtempSync(join(tmpdir(), 'pg-read-content-'));
const national = join(root, 'nasjonalt');
const local = join(root, 'lokalt');
mkdirSync(join(national, 'sider'), { recursive: true });
mkdirSync(join(national, 'tilbud'), { recursive: true });
mkdirSync(local, { recursive: true });

const frontmatter = '---\ntitle: Side\n---\n';
writeFileSync(join(national, 'sider', '_felles.mdx'), 'Felles tekst om § 3-3.\n');
writeFileSync(
  join(national, 'sider', 'med-delt-tekst.mdx'),
  `${frontmatter}import Felles from './_felles.mdx';\n\n## Overskrift\n\n<Felles />\n\nSlutt.\n`,
);
writeFileSync(join(national, 'tilbud', 'fra-annen-mappe.mdx'), `${frontmatter}import Felles from '../sider/_felles.mdx';\n\n<Felles />\n`);
writeFileSync(join(national, 'sider', 'uten-fil.mdx'), `${frontmatter}import Borte from './_borte.mdx';\n\n<Borte />\n`);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readContent and shared texts', () => {
  const files = readContent(national, local);
  const byId = (id: string) => files.find((file) => file.id === id);

  it('does not read a shared text as a page of its own', () => {
    expect(byId('_felles')).toBeUndefined();
  });

  it('puts the shared text where its tag stands', () => {
    const body = byId('med-delt-tekst')?.body ?? '';
    expect(body).toContain('Felles tekst om § 3-3.');
    expect(body).not.toContain('<Felles />');
    expect(body.indexOf('## Overskrift')).toBeLessThan(body.indexOf('Felles tekst'));
    expect(body.indexOf('Felles tekst')).toBeLessThan(body.indexOf('Slutt.'));
  });

  it('finds a shared text in the folder next to it', () => {
    expect(byId('fra-annen-mappe')?.body).toContain('Felles tekst om § 3-3.');
  });

  it('names the shared file that does not exist', () => {
    expect(byId('uten-fil')?.readError).toBe('henter en delt tekst fra «./_borte.mdx», men den filen finnes ikke');
  });
});

describe('readContent for a second written language (docs/adr/0018)', () => {
  const both = join(root, 'to-skriftsprak');
  const lokalt = join(both, 'lokalt');
  /** A content file with only its title, its folder made as needed. */
  const write = (path: string, title: string) => {
    mkdirSync(dirname(join(lokalt, path)), { recursive: true });
    writeFileSync(join(lokalt, path), `---\ntitle: ${title}\n---\n`);
  };
  write('tilbud/avlastning.mdx', 'Avlasting');
  write('tilbud/stottekontakt.mdx', 'Støttekontakt');
  write('nb/tilbud/avlastning.mdx', 'Avlastning');
  write('nb/tilbud/sorggrupper.mdx', 'Sorggrupper');
  write('sider/for-du-ringjer.mdx', 'Før du ringjer');
  write('sider/godt-mote.mdx', 'Eit godt møte');
  write('nb/sider/for-du-ringjer.mdx', 'Før du ringer');
  write('nb/sider/moteplass.mdx', 'Møteplass');

  it('reads the version in the second language where there is one, and the main file where there is none', () => {
    const offers = readContent(national, lokalt, join(lokalt, 'nb')).filter((file) => file.collection === 'tilbud' && !file.national);
    expect(offers.map((file) => [file.id, (file.data as { title: string }).title])).toEqual([
      ['avlastning', 'Avlastning'],
      ['stottekontakt', 'Støttekontakt'],
    ]);
    expect(offers[0]?.file).toBe(join(lokalt, 'nb', 'tilbud', 'avlastning.mdx'));
  });

  it('does the same for the local guide pages', () => {
    const pages = readContent(national, lokalt, join(lokalt, 'nb')).filter((file) => file.collection === 'sider' && !file.national);
    expect(pages.map((file) => [file.id, (file.data as { title: string }).title])).toEqual([
      ['for-du-ringjer', 'Før du ringer'],
      ['godt-mote', 'Eit godt møte'],
    ]);
  });

  it('names a version without an offer or a page of the same name, with file and field', () => {
    expect(orphanVersions(lokalt, 'nb', (file) => file.slice(both.length + 1))).toEqual([
      { file: 'lokalt/nb/tilbud/sorggrupper.mdx', problem: 'finnes ikke i lokalt/tilbud/: en bokmålsversjon må ha samme filnavn som tilbudet den skriver om' },
      { file: 'lokalt/nb/sider/moteplass.mdx', problem: 'finnes ikke i lokalt/sider/: en bokmålsversjon må ha samme filnavn som siden den skriver om' },
    ]);
  });
});
