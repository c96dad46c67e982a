/**
 * Every page and offer says where its facts come from and when they were checked,
 * and every legal reference — in `legalRefs`/`legalBasis` and in the text — names a
 * law and a section from the law list of its national folder (content/nasjonalt/lover.yaml,
 * or content/nasjonalt-nn/lover.yaml for nynorsk). One test per file, in both written languages.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentFolders, NO_LOCAL_FOLDER } from '../support/contentFolders';
import { readContent } from '../../src/integrations/readContent';
import { provenanceProblems } from '../../src/lib/content/provenance';
import { knownLaws } from '../../src/lib/legalText';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const folders = contentFolders(ROOT).map((folder) => {
  const read = readContent(folder.national, folder.local ?? NO_LOCAL_FOLDER);
  return { laws: knownLaws(read.find((file) => file.collection === 'lover')?.data), files: read };
});
const checked = folders.flatMap(({ laws, files }) =>
  files.filter((file) => file.collection === 'tilbud' || file.collection === 'sider').map((file) => ({ file, laws })),
);
/** The bokmål law list, for the check's own tests. */
const laws = folders[0]!.laws;

describe('the check itself', () => {
  const good = {
    collection: 'sider',
    data: {
      lead: 'Kort.',
      sources: [{ title: 'En plan' }],
      lastChecked: '2026-11-23',
      legalRefs: [{ law: 'pbrl', section: '§ 2-8' }],
    },
    body: 'Det står i pasient- og brukerrettighetsloven § 2-8.',
  };

  it('passes a page with a source, a date and known references', () => {
    expect(provenanceProblems(good, laws)).toEqual([]);
  });

  it('fails a page without sources and without a date', () => {
    const problems = provenanceProblems({ ...good, data: { ...good.data, sources: [], lastChecked: undefined } }, laws);
    expect(problems).toEqual([
      'sources: siden må ha minst én kilde med tittel',
      'lastChecked: mangler, eller er ikke en dato på formen ÅÅÅÅ-MM-DD',
    ]);
  });

  it('fails an unknown section in legalBasis', () => {
    const problems = provenanceProblems({ ...good, collection: 'tilbud', data: { ...good.data, legalRefs: undefined, legalBasis: [{ law: 'hol', section: '§ 99' }] } }, laws);
    expect(problems).toEqual(['legalBasis[0]: «§ 99» står ikke blant de kjente paragrafene for hol']);
  });

  it('fails a made-up section written in the body text', () => {
    const problems = provenanceProblems({ ...good, body: 'Se helsepersonelloven § 999 om dette.' }, laws);
    expect(problems).toEqual(['teksten: «§ 999» i hpl står ikke i listen over kjente paragrafer (lover.yaml).']);
  });

  it('fails a section in the body text that names no law', () => {
    expect(provenanceProblems({ ...good, body: 'Du har rett til dette etter § 2-8.' }, laws)).toHaveLength(1);
  });
});

describe('every page and offer names its sources and its laws', () => {
  it('finds the law list and content to check', () => {
    expect(laws.length).toBeGreaterThan(0);
    expect(checked.length).toBeGreaterThan(0);
  });

  for (const { file, laws: known } of checked) {
    const relative = file.file.startsWith(ROOT) ? file.file.slice(ROOT.length) : file.file;
    it(`${relative} has sources, a date and known legal references`, () => {
      expect(provenanceProblems(file, known), relative).toEqual([]);
    });
  }
});
