/**
 * The accessibility check the other tests lean on (tests/support/axe.ts) finds what it looks
 * for, on made-up pages served in the browser: also the rules axe-core calls experimental, and
 * css-orientation-lock, which it runs once per set of stylesheets and then answers from memory.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';

const ORIGIN = 'http://sjekk.invalid';
const LOCKED = '@media (orientation: portrait) { html body { transform: rotate(90deg); } }';
const FREE = 'body { margin: 1rem; }';

/** Opens a page at `path` that links each of `stylesheets` (served at `/<name>.css`), with `body`. */
async function open(page: Page, path: string, stylesheets: Record<string, string>, body = '<main><h1>Ei side</h1><p>Tekst.</p></main>') {
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    const name = url.pathname.slice(1, -'.css'.length);
    if (url.pathname.endsWith('.css')) return route.fulfill({ contentType: 'text/css', body: stylesheets[name] ?? '' });
    const links = Object.keys(stylesheets)
      .map((sheet) => `<link rel="stylesheet" href="/${sheet}.css">`)
      .join('');
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="nb"><head><title>Sjekk</title>${links}</head><body>${body}</body></html>`,
    });
  });
  await page.goto(`${ORIGIN}${path}`);
  await page.unroute(`${ORIGIN}/**`);
}

const rules = (violations: string[]) => violations.map((line) => line.split(':')[0]);

test('et stilark som låser skjermretningen, gir brudd på hver side som bruker det, også når svaret er husket', async ({ page }) => {
  await open(page, '/en/', { laast: LOCKED });
  expect(rules(await axeViolations(page))).toContain('css-orientation-lock');
  await open(page, '/to/', { laast: LOCKED });
  expect(rules(await axeViolations(page))).toContain('css-orientation-lock');
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(rules(await axeViolations(page))).toContain('css-orientation-lock');
});

test('en side med andre stilark vurderes etter sine egne: fri retning består, og den samme låsen i et <style> gir brudd', async ({ page }) => {
  await open(page, '/fri/', { fri: FREE });
  expect(await axeViolations(page)).toEqual([]);
  await open(page, '/inline/', { fri: FREE }, `<style>${LOCKED}</style><main><h1>Ei side</h1></main>`);
  expect(rules(await axeViolations(page))).toContain('css-orientation-lock');
});

test('de andre reglene kjører som før ved siden av det huskede svaret: for blek tekst gir brudd', async ({ page }) => {
  await open(page, '/fri/', { fri: FREE });
  expect(await axeViolations(page)).toEqual([]);
  await open(page, '/blek/', { fri: FREE }, '<main><h1>Ei side</h1><p style="color: #bbb; background: #fff">For blek tekst.</p></main>');
  expect(rules(await axeViolations(page))).toEqual(['color-contrast']);
});

test('også reglene axe kaller eksperimentelle kjører: en knapp der den synlige teksten ikke er med i navnet, gir brudd (WCAG 2.5.3)', async ({ page }) => {
  await open(page, '/knapp/', { fri: FREE }, '<main><h1>Ei side</h1><button aria-label="Send skjemaet">Slett alt</button></main>');
  expect(rules(await axeViolations(page))).toEqual(['label-content-name-mismatch']);
});
