/**
 * The quality gates over every built page of the demo site, in Chromium. Each page is loaded
 * once at 1280 px and once at 320 px, and every check is done in that one visit: zero axe
 * violations (WCAG 2.0, 2.1 and 2.2, A and AA), no horizontal scrolling at 320 px, no request
 * to another origin, no cookie, no console error (CSP violations included), a strict CSP
 * without 'unsafe-inline', and no JavaScript on pages that have no island.
 */
import { expect } from '@playwright/test';
import { axeViolations, test } from '../support/axe';
import { builtPages, DEMO, PAGES_WITH_SCRIPTS, redirectTarget } from '../support/sites';

// Short addresses and moved pages only send the reader on (tests/e2e/addresses.spec.ts); the
// page they land on is checked here in its own right, so they are not checked twice.
const pages = builtPages(DEMO.dir).filter((path) => path !== '/404.html' && !redirectTarget(DEMO, path));
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 320, height: 800 },
];

for (const path of pages) {
  for (const viewport of WIDTHS) {
    test(`siden ${path} ved ${viewport.width} px: tilgjengelig, henter ingenting fra andre og bryter ikke CSP`, async ({ page, context }) => {
      const origin = new URL(DEMO.url).origin;
      const foreign: string[] = [];
      const scripts: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));

      await page.setViewportSize(viewport);
      await page.goto(path.slice(1));
      await page.waitForLoadState('load');

      const where = `${path} ved ${viewport.width} px`;
      expect.soft(await axeViolations(page), `WCAG-brudd på ${where}`).toEqual([]);
      if (viewport.width === 320) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect.soft(overflow, `${path} skal ikke rulle sidelengs på 320 px`).toBeLessThanOrEqual(0);
      }

      const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      expect.soft(csp, `${path}: CSP skal ha default-src 'self'`).toContain("default-src 'self'");
      expect.soft(csp, `${path}: CSP skal ha script-src`).toContain('script-src');
      expect.soft(csp, `${path}: CSP skal ikke tillate unsafe-inline`).not.toContain('unsafe-inline');

      expect.soft(foreign, `forespørsler til andre nettsteder fra ${where}`).toEqual([]);
      expect.soft(errors, `feil i konsollen (også CSP-brudd) på ${where}`).toEqual([]);
      expect.soft(await context.cookies(), `informasjonskapsler fra ${where}`).toEqual([]);
      if (!PAGES_WITH_SCRIPTS.includes(path)) {
        expect.soft(scripts, `${path} er en innholdsside og skal ikke hente JavaScript`).toEqual([]);
        expect.soft(await page.locator('script').count(), `${path} er en innholdsside og skal ikke ha <script>`).toBe(0);
      }
    });
  }
}
