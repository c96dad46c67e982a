/**
 * `npm run faktasjekk`: every page, offer, contact and law section, oldest check first,
 * with what needs the web editor's attention.
 */
import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../../src/lib/content/check';
import { factCheck, staleBefore, toCsv, toText } from '../../src/lib/factCheck';

const TODAY = new Date('2026-12-01T00:00:00Z');

const files: ContentFile[] = [
  {
    file: 'content/nasjonalt/lover.yaml',
    collection: 'lover',
    id: 'lover',
    data: [
      {
        id: 'pbrl',
        name: 'Pasient- og brukerrettighetsloven',
        sections: [
          { section: '§ 3-3', title: 'Informasjon til pasientens eller brukerens nærmeste pårørende', url: 'https://lovdata.no/lov/1999-07-02-63/§3-3', lastChecked: '2026-12-01', sources: [{ title: 'Helsedirektoratet', url: 'https://www.helsedirektoratet.no/' }] },
          { section: '§ 2-8', url: 'https://lovdata.no/lov/1999-07-02-63/§2-8' },
        ],
      },
    ],
  },
  {
    file: 'content/nasjonalt/kontakter/parorendelinjen.yaml',
    collection: 'kontakter',
    id: 'parorendelinjen',
    data: { name: 'Pårørendelinjen', lastChecked: '2025-06-01', sources: [{ title: 'Dinutvei.no' }] },
  },
  {
    file: 'content/nasjonalt/kontakter/kirkens-sos.yaml',
    collection: 'kontakter',
    id: 'kirkens-sos',
    data: { name: 'Kirkens SOS', lastChecked: '2026-12-01', sources: [{ title: 'Kirkens SOS', url: 'https://kirkens-sos.no/telefon' }] },
  },
  {
    file: 'content/nasjonalt/sider/sorg.mdx',
    collection: 'sider',
    id: 'sorg',
    data: { title: 'Sorg', lastChecked: '2026-11-23', sources: [{ title: 'En plan', url: 'https://example.org/plan' }] },
    body: 'Ring <Hjelpetelefon id="parorendelinjen" kort /> eller <Hjelpetelefon id="kirkens-sos" />.',
  },
  {
    file: 'content/nasjonalt/sider/klage.mdx',
    collection: 'sider',
    id: 'klage',
    data: { title: 'Klage', lastChecked: '2026-11-23', sources: [{ title: 'En plan' }], legalRefs: [{ law: 'pbrl', section: '§ 2-8' }] },
    body: 'Det står i pasient- og brukerrettighetsloven § 3-3.',
  },
];

describe('faktasjekken', () => {
  const rows = factCheck(files, TODAY);
  const row = (kind: string, id: string) => rows.find((entry) => entry.kind === kind && entry.id === id);

  it('har én rad for hver side, kontakt og lovparagraf', () => {
    expect(rows.map((entry) => `${entry.kind} ${entry.id}`).sort()).toEqual(
      ['kontakt kirkens-sos', 'kontakt parorendelinjen', 'lov pbrl § 2-8', 'lov pbrl § 3-3', 'side klage', 'side sorg'].sort(),
    );
  });

  it('setter det som aldri er kontrollert først, så det eldste', () => {
    expect(rows.map((entry) => entry.id).slice(0, 3)).toEqual(['pbrl § 2-8', 'parorendelinjen', 'sorg']);
  });

  it('merker det som er eldre enn 12 måneder, og det som mangler kilde med adresse', () => {
    expect(row('kontakt', 'parorendelinjen')?.notes).toEqual(['eldre enn 12 måneder', 'ingen kilde med adresse']);
    expect(row('kontakt', 'kirkens-sos')?.notes).toEqual([]);
    expect(row('lov', 'pbrl § 2-8')?.notes).toEqual(['ikke kontrollert', 'mangler tittel fra loven']);
  });

  it('gir en side datoen til det eldste den viser, og sier hvorfor', () => {
    expect(row('side', 'sorg')).toMatchObject({ lastChecked: '2026-11-23', shownDate: '2025-06-01', notes: ['eldre enn 12 måneder (på grunn av kontakten parorendelinjen)'] });
  });

  it('sier fra når en side viser til noe som ikke er kontrollert', () => {
    expect(row('side', 'klage')?.notes).toEqual(['viser noe som ikke er kontrollert: pbrl § 2-8', 'ingen kilde med adresse']);
  });

  it('regner 12 måneder fra i dag', () => {
    expect(staleBefore(TODAY).toISOString().slice(0, 10)).toBe('2025-12-01');
  });

  it('skriver en CSV med semikolon og en linje per fakta', () => {
    const csv = toCsv(rows).split('\r\n');
    expect(csv[0]).toBe('type;id;tittel;fil;sist kontrollert;dato på siden;kilder med adresse;kilder;merknader');
    expect(csv).toContain('kontakt;parorendelinjen;Pårørendelinjen;content/nasjonalt/kontakter/parorendelinjen.yaml;2025-06-01;;0;1;eldre enn 12 måneder / ingen kilde med adresse');
    expect(csv).toHaveLength(rows.length + 2);
  });

  it('skriver det som trenger oppmerksomhet til terminalen, eldst først', () => {
    const text = toText(rows, TODAY);
    expect(text.split('\n')[0]).toBe('Faktasjekk 2026-12-01: 6 fakta, 4 trenger oppmerksomhet. Eldst først.');
    expect(text.indexOf('pbrl § 2-8')).toBeLessThan(text.indexOf('parorendelinjen'));
    expect(text).not.toContain('kirkens-sos');
  });
});
