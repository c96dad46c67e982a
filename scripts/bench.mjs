#!/usr/bin/env node
/**
 * `npm run bench`: each page type in bench/budgets.json, two ways.
 *   - Sizes, from the built files, exactly as tests/e2e/byte-budget.spec.ts computes them
 *     (tests/support/page-bytes.ts): HTML + render-blocking CSS, a cold load, JavaScript —
 *     against the budgets. The test fails over budget; this prints the same numbers.
 *   - Timings and transfer, from a cold load in Chromium served as the tests serve it:
 *     bytes over the wire, requests, first paint, DOMContentLoaded and load; for the search
 *     page the first search (what it fetches and how long until the results show).
 * Builds nothing: run `npm run build` first. PG_OUT and PG_LOKALT pick another site;
 * PG_TEST_PORT the port (default: any free port).
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { launchOptionsFor } from './lib/browser.mjs';
import { siteBase } from './lib/site.mjs';
import { pageBytes } from '../tests/support/page-bytes.ts';
import { PAGES_WITH_SCRIPTS } from '../tests/support/scripted-pages.ts';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const dir = process.env.PG_OUT ?? 'dist';
const base = siteBase();
const site = await serve({ port: Number(process.env.PG_TEST_PORT ?? 0), quiet: true, dir, base });
const browser = await chromium.launch(launchOptionsFor());
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => (value === undefined ? '–' : `${Math.round(value)} ms`);

/** The budgets that hold for a page type: every page's, a content page's, then its own. */
const limitsFor = (spec) => ({
  ...budgets.everyPage,
  ...(PAGES_WITH_SCRIPTS.includes(spec.path) ? {} : budgets.contentPages),
  ...Object.fromEntries(['firstRoundTrip', 'total', 'js'].filter((k) => spec[k] !== undefined && !spec.interact).map((k) => [k, spec[k]])),
});

const rows = [];
for (const [type, spec] of Object.entries(budgets.pages)) {
  const files = pageBytes({ dir, base }, spec.path, budgets.gzipLevel);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  let phase = 'load';
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (!request.url.startsWith('data:')) requests.set(requestId, { phase, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = requests.get(requestId);
    if (entry) entry.bytes = encodedDataLength;
  });
  await page.goto(new URL(spec.path.replace(/^\//, ''), site.url).href, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const timing = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return { fcp: paint?.startTime, dcl: nav?.domContentLoadedEventEnd, load: nav?.loadEventEnd };
  });
  let search;
  if (spec.interact === 'search' || spec.interact === 'search-question') {
    phase = 'search';
    const started = Date.now();
    // A short query, or a long question as relatives write it (bench/budgets.json).
    await page.getByRole('searchbox').first().fill(spec.interact === 'search' ? 'avlastning' : 'lønn for å passe mamma');
    await page.locator('.pg-result').first().waitFor({ timeout: 10_000 });
    const shown = Date.now() - started;
    await page.waitForTimeout(500);
    const fetched = [...requests.values()].filter((r) => r.phase === 'search');
    search = { bytes: fetched.reduce((sum, r) => sum + r.bytes, 0), requests: fetched.length, ms: shown };
  }
  const loaded = [...requests.values()].filter((r) => r.phase === 'load');
  rows.push({
    type,
    spec,
    files,
    limits: limitsFor(spec),
    wire: loaded.reduce((sum, r) => sum + r.bytes, 0),
    requests: loaded.length,
    timing,
    search,
  });
  await context.close();
}
// How soon the results follow the last keystroke, typed as a person types (40 ms between
// keys), once Pagefind is loaded: the median of five queries, against the target in
// bench/budgets.json. A timing, so it is measured here and never fails a test.
const typing = await (async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(new URL('sok/', site.url).href, { waitUntil: 'load' });
  const box = page.getByRole('searchbox').first();
  const status = page.getByRole('status').first();
  await box.fill('varm opp');
  await status.filter({ hasText: '«varm opp»' }).waitFor({ timeout: 15_000 });
  await page.evaluate(() => {
    const timing = { lastKey: 0, shown: 0 };
    Object.assign(window, { timing });
    document.querySelector('input[type=search]')?.addEventListener('input', () => {
      timing.lastKey = performance.now();
    });
    new MutationObserver(() => {
      timing.shown = performance.now();
    }).observe(document.querySelector('[role=status]'), { childList: true, characterData: true, subtree: true });
  });
  const times = [];
  for (const query of ['avlastning', 'kurs demens', 'sorg', 'noen å snakke med', 'penger']) {
    await box.fill('');
    await box.pressSequentially(query, { delay: 40 });
    await status.filter({ hasText: `«${query}»` }).waitFor({ timeout: 15_000 });
    times.push(await page.evaluate(() => Math.round(window.timing.shown - window.timing.lastKey)));
  }
  await context.close();
  return { times, median: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] };
})();
await browser.close();
await site.close();

const bytes = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const mark = (value, limit) => (limit === undefined ? bytes(value) : `${bytes(value)} / ${bytes(limit)} ${value <= limit ? '✓' : '✗'}`);
console.log(`Byte regnet fra filene i ${dir}/ (gzip nivå ${budgets.gzipLevel}), som i testen tests/e2e/byte-budget.spec.ts:\n`);
console.log('Side                 HTML+blokkerende CSS   Kald innlasting        JavaScript');
for (const r of rows) {
  console.log(`${r.type.padEnd(20)} ${mark(r.files.firstRoundTrip, r.limits.firstRoundTrip).padEnd(22)} ${mark(r.files.total, r.limits.total).padEnd(22)} ${mark(r.files.js, r.limits.js)}`);
}
console.log('\nMålt i Chromium (kald innlasting, 390 px, uten hurtigbuffer, lokal server):\n');
console.log('Side                 Overført    Forespørsler  Første maling  DOMContentLoaded  Load');
for (const r of rows) {
  console.log(`${r.type.padEnd(20)} ${kb(r.wire).padEnd(11)} ${String(r.requests).padEnd(13)} ${ms(r.timing.fcp).padEnd(14)} ${ms(r.timing.dcl).padEnd(17)} ${ms(r.timing.load)}`);
}
for (const r of rows.filter((row) => row.search)) {
  console.log(`\nFørste søk på ${r.spec.path}: ${mark(r.search.bytes, r.spec.total)} byte i ${r.search.requests} forespørsler, treff etter ${ms(r.search.ms)}.`);
}
const target = budgets.timings?.searchAfterLastKeyMs;
console.log(`\nTreff etter siste tastetrykk på /sok/: ${typing.times.join(', ')} ms, median ${typing.median} ms${target ? ` (mål ${target} ms ${typing.median <= target ? '✓' : '✗'})` : ''}.`);
const over = rows.filter(
  (r) => ['firstRoundTrip', 'total', 'js'].some((k) => r.limits[k] !== undefined && r.files[k] > r.limits[k]) || (r.search && r.spec.total !== undefined && r.search.bytes > r.spec.total),
);
console.log(over.length === 0 ? '\nAlle sidetypene er innenfor budsjettet.' : `\nOver budsjett: ${over.map((r) => r.type).join(', ')}`);
