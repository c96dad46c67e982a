#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest.
 *   1. unit tests (vitest)     2. astro check (types)
 *   3. build the demo site      4. build the test municipality's site
 *   5. end-to-end tests in Chromium (Playwright) over both
 * Ends with one line «tests: N passed, N failed» and exits non-zero on any failure.
 * `--skip-build` reuses dist/ and dist-fixture/ from an earlier run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const skipBuild = process.argv.includes('--skip-build');
const bin = (name) => `node_modules/.bin/${name}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const FIXTURE = { PG_LOKALT: 'tests/fixtures/annen-kommune/lokalt', PG_OUT: 'dist-fixture' };

function run(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 0 };
  }
}

const steps = [];
const step = (name, ok) => {
  steps.push({ name, ok });
  return ok;
};

let ok = step('enhetstester', run('Enhetstester (vitest)', bin('vitest'), ['run']));
ok = step('astro check', run('Typer og maler (astro check)', bin('astro'), ['check'])) && ok;
if (!skipBuild) {
  ok = step('bygg eksempelkommunen', run('Bygger eksempelkommunen (dist/)', bin('astro'), ['build'])) && ok;
  ok = step('bygg testkommunen', run('Bygger testkommunen (dist-fixture/)', bin('astro'), ['build'], FIXTURE)) && ok;
}

// ── A new municipality, straight after `npm run ny-kommune` (scripts/ny-kommune-test.mjs) ──
if (!skipBuild) ok = step('ny kommune', run('Ny kommune: ny-kommune, bygg og les sidene', process.execPath, ['scripts/ny-kommune-test.mjs'])) && ok;
// ── end ──

if (existsSync('dist/index.html') && existsSync('dist-fixture/index.html')) {
  ok = step('ende-til-ende', run('Ende-til-ende-tester i Chromium (Playwright)', bin('playwright'), ['test'])) && ok;
} else {
  step('ende-til-ende', false);
  console.log('Hopper over ende-til-ende-testene: et av nettstedene ble ikke bygget.');
}

const unit = counts('test-results/unit.json', (r) => ({ passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0 }));
const e2e = counts('test-results/e2e.json', (r) => ({ passed: r.stats?.expected ?? 0, failed: (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0) }));
const failedSteps = steps.filter((s) => !s.ok).length;
console.log('\nOppsummering:');
for (const s of steps) console.log(`  ${s.ok ? '✓' : '✗'} ${s.name}`);
const failed = unit.failed + e2e.failed + (ok ? 0 : Math.max(failedSteps - (unit.failed ? 1 : 0) - (e2e.failed ? 1 : 0), 0));
console.log(`tests: ${unit.passed + e2e.passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
