#!/usr/bin/env node
/**
 * `npm run bench`: what a browser transfers on a cold load of each page type —
 * HTML, CSS, JS, fonts, images, compressed as the server sends them — and how many
 * requests, against the budgets in bench/budgets.json. It reports; it does not fail CI.
 * Builds nothing: run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { launchOptionsFor } from './lib/browser.mjs';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const site = await serve({ port: 0, quiet: true, dir: process.env.PG_OUT ?? 'dist' });
const browser = await chromium.launch(launchOptionsFor());
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = [];
for (const [type, spec] of Object.entries(budgets.pages)) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, type: kind, response }) => requests.set(requestId, { kind, url: response.url, bytes: 0, blocking: false }));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = requests.get(requestId);
    if (entry) entry.bytes = encodedDataLength;
  });
  await page.goto(new URL(spec.path.replace(/^\//, ''), site.url).href, { waitUntil: 'load' });
  if (spec.interact === 'search') {
    await page.getByRole('searchbox').first().fill('avlastning');
    await page.waitForTimeout(1500);
  }
  await page.waitForTimeout(300);
  const blockingCss = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel=stylesheet]')].filter((l) => !l.media || l.media === 'all' || l.media === 'screen').map((l) => l.href),
  );
  const all = [...requests.values()].filter((r) => !r.url.startsWith('data:'));
  const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
  const html = sum(all.filter((r) => r.kind === 'Document'));
  const css = all.filter((r) => r.kind === 'Stylesheet');
  const js = sum(all.filter((r) => r.kind === 'Script'));
  const firstRoundTrip = html + sum(css.filter((r) => blockingCss.includes(r.url)));
  const total = sum(all);
  rows.push({ type, path: spec.path, requests: all.length, firstRoundTrip, total, js, budget: spec });
  await context.close();
}
await browser.close();
await site.close();

console.log('Side                 HTML+blokkerende CSS   Totalt overført       JavaScript          Forespørsler');
for (const r of rows) {
  const mark = (value, limit) => (limit === undefined ? kb(value) : `${kb(value)} / ${kb(limit)} ${value <= limit ? '✓' : '✗ over'}`);
  console.log(
    `${r.type.padEnd(20)} ${mark(r.firstRoundTrip, r.budget.firstRoundTrip).padEnd(22)} ${mark(r.total, r.budget.total).padEnd(21)} ${mark(r.js, r.budget.js).padEnd(19)} ${r.requests}`,
  );
}
const over = rows.filter((r) => ['firstRoundTrip', 'total', 'js'].some((k) => r.budget[k] !== undefined && r[k] > r.budget[k]));
console.log(over.length === 0 ? '\nAlle sidetypene er innenfor budsjettet.' : `\nOver budsjett: ${over.map((r) => r.type).join(', ')}`);
