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

test('et tilbud med en ukjent merkelapp stopper bygget med fil og felt, og ingenting blir skrevet', () => {
  test.setTimeout(120_000);
  const work = mkdtempSync(join(tmpdir(), 'pg-broken-'));
  try {
    const local = join(work, 'lokalt');
    cpSync(FIXTURE_LOCAL_DIR, local, { recursive: true });
    const offer = join(local, 'tilbud', 'avlastning.mdx');
    writeFileSync(offer, readFileSync(offer, 'utf8').replace('needs: [avlastning]', 'needs: [avlastning, pause]'));
    const out = join(work, 'ut');
    // The project's pinned Node runs Astro, whatever Node started the test runner.
    const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
    const result = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, PG_LOKALT: relative(process.cwd(), local), PG_OUT: out, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('Innholdet har feil, og nettstedet ble ikke bygget. Rett dette:');
    expect(output).toContain(`${offer}: needs[1]: «pause» er ikke en kjent verdi.`);
    expect(output, 'ingen stakkspor etter meldingen').not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('feil i profil, logo og omdirigeringer kommer i samme runde, med hint om anførselstegn', () => {
  test.setTimeout(120_000);
  const work = mkdtempSync(join(tmpdir(), 'pg-broken-'));
  try {
    const local = join(work, 'lokalt');
    cpSync(FIXTURE_LOCAL_DIR, local, { recursive: true });
    const profile = join(local, 'profil.yaml');
    writeFileSync(
      profile,
      readFileSync(profile, 'utf8').replace('brandColor: "#2b6e3f"', 'brandColor: #2b6e3f\nlogo: logo.png').replace('phone: "98 76 54 32"', 'phone: 98765432'),
    );
    const redirects = join(local, 'omdirigeringer.yaml');
    writeFileSync(redirects, readFileSync(redirects, 'utf8').replace('pause: avlastning', 'pause: finnes-ikke'));
    const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
    const result = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, PG_LOKALT: relative(process.cwd(), local), PG_OUT: join(work, 'ut'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain(`${profile}: brandColor: er tomt. Skrev du noe etter kolon? En verdi som begynner med # leser YAML som en kommentar: sett verdien i anførselstegn`);
    expect(output).toContain(`${profile}: office.phone: «98765432» leses som et tall, men skal være tekst: sett verdien i anførselstegn, slik: "98765432"`);
    expect(output).toContain(`${profile}: logo: finner ikke filen «logo.png».`);
    expect(output).toContain(`${redirects}: korte.pause: «finnes-ikke» er ikke et tilbud, en side eller en fast adresse som finnes`);
    expect(output.match(/Innholdet har feil/g)).toHaveLength(1);
    expect(output).not.toMatch(/\n\s+at /);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('et tilbud på det andre skriftspråket med en ukjent merkelapp stopper hele bygget før noe blir skrevet', () => {
  test.setTimeout(120_000);
  const work = mkdtempSync(join(tmpdir(), 'pg-broken-'));
  try {
    const local = join(work, 'lokalt');
    cpSync(FIXTURE_LOCAL_DIR, local, { recursive: true });
    // The test municipality publishes bokmål beside nynorsk (alsoLanguage: nb, docs/adr/0018).
    const offer = join(local, 'nb', 'tilbud', 'avlastning.mdx');
    writeFileSync(offer, readFileSync(offer, 'utf8').replace('needs: [avlastning]', 'needs: [avlastning, pause]'));
    const out = join(work, 'ut');
    const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
    const result = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, PG_LOKALT: relative(process.cwd(), local), PG_OUT: out, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('Innholdet har feil, og nettstedet ble ikke bygget. Rett dette:');
    expect(output).toMatch(/lokalt\/nb\/tilbud\/avlastning\.mdx: needs\[1\]: «pause» er ikke en kjent verdi\./);
    expect(existsSync(join(out, 'index.html')), 'heller ikke hovedspråket blir skrevet').toBe(false);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
