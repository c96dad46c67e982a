/**
 * The quality gates over every built page of the demo site, in Chromium:
 * zero axe violations (WCAG 2.1 A and AA) at 1280 px and 320 px, no horizontal
 * scrolling at 320 px, no request to another origin, no cookie, no CSP error,
 * and no JavaScript on pages that have no island.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, DEMO, PAGES_WITH_SCRIPTS, redirectTarget } from '../support/sites';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Short addresses and moved pages only send the reader on (tests/e2e/addresses.spec.ts); the
// page they land on is checked here in its own right, so they are not checked twice.
const pages = builtPages(DEMO.dir).filter((path) => path !== '/404.html' && !redirectTarget(DEMO, path));

async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are reported; skipping passes and incompletes halves the time per page.
  const results = await new AxeBuilder({ page }).withTags(WCAG).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const path of pages) {
  test(`siden ${path} er tilgjengelig ved 1280 og 320 px, henter ingenting fra andre og bryter ikke CSP`, async ({ page, context }) => {
    const foreign: string[] = [];
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(DEMO.url).origin) foreign.push(request.url());
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path.slice(1));
    await page.waitForLoadState('load');
    expect(await axeViolations(page), 'WCAG-brudd ved 1280 px').toEqual([]);

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await axeViolations(page), 'WCAG-brudd ved 320 px').toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'siden skal ikke rulle sidelengs på 320 px').toBeLessThanOrEqual(0);

    expect(foreign, 'forespørsler til andre nettsteder').toEqual([]);
    expect(errors, 'feil i konsollen (også CSP-brudd)').toEqual([]);
    expect(await context.cookies(), 'informasjonskapsler').toEqual([]);
    if (!PAGES_WITH_SCRIPTS.includes(path)) {
      expect(scripts, 'en innholdsside skal ikke ha JavaScript').toEqual([]);
      // schema.org data (application/ld+json) is data for search engines, not code.
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    }
  });
}

test('sidene har en streng CSP uten unsafe-inline', async ({ page }) => {
  for (const path of pages.slice(0, 20)) {
    await page.goto(path.slice(1));
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain('script-src');
    expect(csp).not.toContain('unsafe-inline');
  }
});
