/**
 * The quality gates over every built page of the demo site, in Chromium. Each page is loaded
 * once at 1280 px and once at 320 px, and every check is done in that one visit: zero axe
 * violations (WCAG 2.0, 2.1 and 2.2, A and AA), no horizontal scrolling at 320 px, no request
 * to another origin, no cookie, no console error (CSP violations included), a strict CSP
 * without 'unsafe-inline', and no JavaScript on pages that have no island.
 *
 * Each worker opens one browser context with axe-core in it and one tab, and loads page after
 * page in that tab: a new context and tab per page cost as much as axe itself. The cache is
 * off, so every visit is a cold one; the cookies are checked and cleared after every page;
 * a failed test gets a fresh worker.
 */
import { expect, test as base, type BrowserContext, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { axeViolations, withAxe } from '../support/axe';
import { builtPages, DEMO, PAGES_WITH_SCRIPTS, redirectTarget } from '../support/sites';

const test = base.extend<object, { tab: { context: BrowserContext; page: Page } }>({
  tab: [
    async ({ browser }, use) => {
      const context = await withAxe(await browser.newContext({ baseURL: DEMO.url, locale: 'nb-NO' }));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await use({ context, page });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

// Short addresses and moved pages only send the reader on (tests/e2e/addresses.spec.ts); the
// page they land on is checked here in its own right, so they are not checked twice.
const pages = builtPages(DEMO.dir).filter((path) => path !== '/404.html' && !redirectTarget(DEMO, path));
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 320, height: 800 },
];

for (const path of pages) {
  for (const viewport of WIDTHS) {
    test(`siden ${path} ved ${viewport.width} px: tilgjengelig, henter ingenting fra andre og bryter ikke CSP`, async ({ tab: { context, page } }) => {
      const origin = new URL(DEMO.url).origin;
      const foreign: string[] = [];
      const scripts: string[] = [];
      const errors: string[] = [];
      const onRequest = (request: Request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
        if (request.resourceType() === 'script') scripts.push(request.url());
      };
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === 'error') errors.push(message.text());
      };
      const onPageError = (error: Error) => errors.push(error.message);
      page.on('request', onRequest);
      page.on('console', onConsole);
      page.on('pageerror', onPageError);

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
      await context.clearCookies();
      if (!PAGES_WITH_SCRIPTS.includes(path)) {
        expect.soft(scripts, `${path} er en innholdsside og skal ikke hente JavaScript`).toEqual([]);
        expect.soft(await page.locator('script:not([type="application/ld+json"])').count(), `${path} er en innholdsside og skal ikke ha <script>`).toBe(0);
      }
      page.off('request', onRequest);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    });
  }
}
