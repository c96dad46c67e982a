/**
 * A broken content file stops the real build with the message that names the file and
 * the field, and nothing is written: nothing half-valid is published.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE_LOCAL_DIR } from '../support/sites';

/**
 * The real build over a copy of the test municipality's local folder, changed by `edit`, in a
 * folder of its own that is removed afterwards: what the build printed, its exit status, and
 * whether it wrote a page.
 */
function buildBroken(edit: (local: string) => void): { output: string; status: number | null; wrote: boolean } {
  const work = mkdtempSync(join(tmpdir(), 'pg-broken-'));
  try {
    const local = join(work, 'lokalt');
    cpSync(FIXTURE_LOCAL_DIR, local, { recursive: true });
    edit(local);
    const out = join(work, 'ut');
    // The project's pinned Node runs Astro, whatever Node started the test runner.
    const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
    const result = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, PG_LOKALT: relative(process.cwd(), local), PG_OUT: out, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    return { output: `${result.stdout}${result.stderr}`, status: result.status, wrote: existsSync(join(out, 'index.html')) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const replaceIn = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

test('et tilbud med en ukjent merkelapp stopper bygget med fil og felt, og ingenting blir skrevet', () => {
  test.setTimeout(120_000);
  let offer = '';
  const { output, status, wrote } = buildBroken((local) => {
    offer = join(local, 'tilbud', 'avlastning.mdx');
    replaceIn(offer, 'needs: [avlastning]', 'needs: [avlastning, pause]');
  });
  expect(status).not.toBe(0);
  expect(output).toContain('Innholdet har feil, og nettstedet ble ikke bygget. Rett dette:');
  expect(output).toContain(`${offer}: needs[1]: «pause» er ikke en kjent verdi.`);
  expect(output, 'ingen stakkspor etter meldingen').not.toMatch(/\n\s+at /);
  expect(wrote).toBe(false);
});

test('feil i profil, logo og omdirigeringer kommer i samme runde, med hint om anførselstegn', () => {
  test.setTimeout(120_000);
  let profile = '';
  let redirects = '';
  const { output, status } = buildBroken((local) => {
    profile = join(local, 'profil.yaml');
    writeFileSync(
      profile,
      readFileSync(profile, 'utf8').replace('brandColor: "#2b6e3f"', 'brandColor: #2b6e3f\nlogo: logo.png').replace('phone: "98 76 54 32"', 'phone: 98765432'),
    );
    redirects = join(local, 'omdirigeringer.yaml');
    replaceIn(redirects, 'pause: avlastning', 'pause: finnes-ikke');
  });
  expect(status).toBe(1);
  expect(output).toContain(`${profile}: brandColor: er tomt. Skrev du noe etter kolon? En verdi som begynner med # leser YAML som en kommentar: sett verdien i anførselstegn`);
  expect(output).toContain(`${profile}: office.phone: «98765432» leses som et tall, men skal være tekst: sett verdien i anførselstegn, slik: "98765432"`);
  expect(output).toContain(`${profile}: logo: finner ikke filen «logo.png».`);
  expect(output).toContain(`${redirects}: korte.pause: «finnes-ikke» er ikke et tilbud, en side eller en fast adresse som finnes`);
  expect(output.match(/Innholdet har feil/g)).toHaveLength(1);
  expect(output).not.toMatch(/\n\s+at /);
});

test('et tilbud på det andre skriftspråket med en ukjent merkelapp stopper hele bygget før noe blir skrevet', () => {
  test.setTimeout(120_000);
  // The test municipality publishes bokmål beside nynorsk (alsoLanguage: nb, docs/adr/0018).
  const { output, status, wrote } = buildBroken((local) => replaceIn(join(local, 'nb', 'tilbud', 'avlastning.mdx'), 'needs: [avlastning]', 'needs: [avlastning, pause]'));
  expect(status).not.toBe(0);
  expect(output).toContain('Innholdet har feil, og nettstedet ble ikke bygget. Rett dette:');
  expect(output).toMatch(/lokalt\/nb\/tilbud\/avlastning\.mdx: needs\[1\]: «pause» er ikke en kjent verdi\./);
  expect(wrote, 'heller ikke hovedspråket blir skrevet').toBe(false);
});
