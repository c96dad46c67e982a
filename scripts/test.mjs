#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest.
 *   1. unit tests (vitest)     2. astro check (types)
 *   3. build the demo site      4. build the test municipality's site
 *   5. a new municipality from `npm run ny-kommune`, built and read (scripts/ny-kommune-test.mjs),
 *      in bokmål and in nynorsk
 *   6. end-to-end tests in Chromium (Playwright) over the demo and the test municipality;
 *      among them, without a browser, nginx and Apache started with the shipped
 *      configurations in server/ (tests/e2e/web-server.spec.ts, which fails and says how
 *      to install them if they are missing)
 * Ends with the time each step took and one line «tests: N passed, N failed» that counts
 * every unit and end-to-end test (a step that fails without tests of its own, such as a
 * build, counts as one failed); exits non-zero on any failure.
 * `--skip-build` reuses dist/ and dist-fixture/ from an earlier run.
 *
 * The test results are read from .test-output/ (vitest.config.ts, playwright.config.ts):
 * Playwright empties test-results/ when it starts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const skipBuild = process.argv.includes('--skip-build');
const bin = (name) => `node_modules/.bin/${name}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
// The test municipality has events on fixed dates; it is built as on 1 December 2026, so its
// calendar is the same every day the tests run (tests/e2e/events.spec.ts).
const FIXTURE = { PG_LOKALT: 'tests/fixtures/annen-kommune/lokalt', PG_OUT: 'dist-fixture', PG_TODAY: '2026-12-01' };
const OUTPUT = '.test-output';
const started = Date.now();

// Results of an earlier run must not be counted as this run's.
rmSync(OUTPUT, { recursive: true, force: true });

function counts(file, read) {
  if (!existsSync(file)) return undefined;
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}
const unitCounts = () => counts(`${OUTPUT}/unit.json`, (r) => ({ passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0 }));
const e2eCounts = () =>
  counts(`${OUTPUT}/e2e.json`, (r) => ({ passed: r.stats?.expected ?? 0, failed: (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0) }));

const steps = [];
/** Runs one step; `tests` reads how many tests it ran, for steps that run tests. */
function step(name, title, command, args, { extraEnv = {}, tests } = {}) {
  console.log(`\n▶ ${title}`);
  const begin = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = result.status === 0;
  steps.push({ name, ok, ms: Date.now() - begin, tests: tests?.() });
  return ok;
}

step('enhetstester', 'Enhetstester (vitest)', bin('vitest'), ['run'], { tests: unitCounts });
step('astro check', 'Typer og maler (astro check)', bin('astro'), ['check']);
if (!skipBuild) {
  step('bygg eksempelkommunen', 'Bygger eksempelkommunen (dist/)', bin('astro'), ['build']);
  step('bygg testkommunen', 'Bygger testkommunen (dist-fixture/)', bin('astro'), ['build'], { extraEnv: FIXTURE });

  // A new municipality straight after `npm run ny-kommune`: three offers written, ten removed, built and read.
  step('ny kommune', 'Ny kommune: ny-kommune, tre tilbud skrevet, ti slettet, bygg og les sidene', process.execPath, ['scripts/ny-kommune-test.mjs']);
  step('ny kommune (nynorsk)', 'Ny kommune på nynorsk: det samme med --sprak nn', process.execPath, ['scripts/ny-kommune-test.mjs', '--sprak', 'nn']);
}

if (existsSync('dist/index.html') && existsSync('dist-fixture/index.html')) {
  step('ende-til-ende', 'Ende-til-ende-tester i Chromium (Playwright)', bin('playwright'), ['test'], { tests: e2eCounts });
} else {
  console.log('\nHopper over ende-til-ende-testene: et av nettstedene ble ikke bygget.');
  steps.push({ name: 'ende-til-ende', ok: false, ms: 0, skipped: true });
}

const duration = (ms) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
};
let passed = 0;
let failed = 0;
console.log('\nOppsummering:');
for (const s of steps) {
  const t = s.tests;
  passed += t?.passed ?? 0;
  // A step that failed without a failed test to show for it (a build, a type error, a crash) counts as one.
  failed += t && (t.failed > 0 || s.ok) ? t.failed : s.ok ? 0 : 1;
  const detail = s.skipped ? 'hoppet over' : t ? `${t.passed} bestått, ${t.failed} feilet` : '';
  console.log(`  ${s.ok ? '✓' : '✗'} ${s.name.padEnd(22)} ${duration(s.ms).padStart(9)}   ${detail}`.trimEnd());
}
console.log(`  ${'i alt'.padStart(24)} ${duration(Date.now() - started).padStart(9)}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(steps.every((s) => s.ok) ? 0 : 1);
