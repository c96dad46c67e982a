/**
 * The quality gates over every built page of every site the tests build: the demo, and the
 * test municipality in nynorsk and in bokmål under /nb/, in Chromium. Each page is loaded
 * once, cold, on a 320 × 568 phone, checked, and then checked again with the window widened
 * to 1280 px: a content page has no script, so the same document at another width is what
 * that screen shows, and axe-core, which spends most of a first run warming up in a new
 * document, runs a second time for a third of the cost. A page with an island is loaded
 * anew at 1280 px, since its script may have laid it out for the width it started at.
 *
 * In that one visit: zero axe violations at both widths (WCAG 2.0, 2.1 and 2.2, A and AA);
 * on the front page, the guide pages and the offer pages the phone number on the first
 * screen of a 320 × 568 and a 360 × 640 phone (tests/support/first-screen.ts);
 * at 320 px no horizontal scrolling, everything one can tap at least 24 × 24 px (WCAG 2.2,
 * 2.5.8) and the main menu 44 px high; no request to another origin, no cookie, no console
 * error (CSP violations included), a strict CSP without 'unsafe-inline', and no JavaScript
 * on pages that have no island.
 *
 * Each worker opens one browser context and one tab, and loads page after page in that tab:
 * a new context and tab per page cost as much as axe itself. The cache is off, so every
 * visit is a cold one; the cookies are checked after every page, and cleared if there are
 * any; a failed test gets a fresh worker.
 */
import { expect, test as base, type BrowserContext, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { FIRST_PHONE, missingPhone, phoneFirstPages } from '../support/first-screen';
import { alsoSite, ownPages, DEMO, FIXTURE, PAGES_WITH_SCRIPTS, redirectTarget, type BuiltSite } from '../support/sites';
import { smallTargets } from '../support/targets';

const test = base.extend<object, { tab: { context: BrowserContext; page: Page } }>({
  tab: [
    async ({ browser }, use) => {
      const context = await browser.newContext({
        baseURL: DEMO.url,
        locale: 'nb-NO',
      });
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
const pagesOf = (site: BuiltSite) => ownPages(site).filter((path) => path !== '/404.html' && !redirectTarget(site, path));
const PHONE = FIRST_PHONE;
const WIDE = { width: 1280, height: 900 };

/**
 * The sites checked: the demo (bokmål and English), the test municipality in its main written
 * language (nynorsk, at the root, with its English section), and its second written language
 * (bokmål under /nb/, docs/adr/0018-bokmaal-og-nynorsk-side-om-side.md), built by a build of
 * its own. A test's title names the site and the page's address: «siden /tilbud/avlastning/ …»
 * in the demo, «testkommunen: siden /tilbud/avlastning/ …» and «testkommunen på bokmål: siden
 * /nb/tilbud/avlastning/ …» (`--grep "testkommunen: "`, `--grep "testkommunen på bokmål"`).
 */
const SECOND = alsoSite(FIXTURE);
const SITES = [
  { site: DEMO, title: (path: string) => `siden ${path}` },
  { site: FIXTURE, title: (path: string) => `testkommunen: siden ${path}` },
  ...(SECOND
    ? [
        {
          site: SECOND,
          title: (path: string) => `testkommunen på ${SECOND.language === 'nb' ? 'bokmål' : 'nynorsk'}: siden /${SECOND.language}${path}`,
        },
      ]
    : []),
];

for (const { site, title } of SITES) {
  // The front page, the guide pages and the offer pages: the phone number on the first screen.
  const phoneFirst = phoneFirstPages(site, site.localDir);
  for (const path of pagesOf(site)) {
    test(`${title(path)} ved 320 og 1280 px: tilgjengelig, henter ingenting fra andre og bryter ikke CSP`, async ({ tab: { context, page } }) => {
      const origin = new URL(site.url).origin;
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
      const scripted = PAGES_WITH_SCRIPTS.includes(path);

      await page.setViewportSize(PHONE);
      await page.goto(new URL(path.slice(1), site.url).href);
      await page.waitForLoadState('load');

      const wanted = phoneFirst.get(path);
      if (wanted) expect.soft(await missingPhone(page, path, wanted), `${path}: telefonen på første skjermbilde`).toEqual([]);
      expect.soft(await axeViolations(page), `WCAG-brudd på ${path} ved 320 px`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${path} skal ikke rulle sidelengs på 320 px`).toBeLessThanOrEqual(0);
      expect.soft(await smallTargets(page), `${path}: alt man kan trykke på, skal være minst 24 × 24 px ved 320 px`).toEqual([]);
      const menu = await page.evaluate(() => {
        const nav = document.querySelector('.pg-nav');
        if (!nav) return undefined;
        return {
          height: nav.getBoundingClientRect().height,
          links: [...nav.querySelectorAll('a')].map((link) => ({
            text: link.textContent?.trim() ?? '',
            height: link.getBoundingClientRect().height,
          })),
        };
      });
      if (menu) {
        expect.soft(menu.height, `${path}: menyen skal være minst 44 px høy på en telefon`).toBeGreaterThanOrEqual(44);
        for (const link of menu.links) expect.soft(link.height, `${path}: menylenken «${link.text}» skal være minst 44 px høy`).toBeGreaterThanOrEqual(44);
      }

      await page.setViewportSize(WIDE);
      if (scripted) {
        await page.reload();
        await page.waitForLoadState('load');
      }
      expect.soft(await axeViolations(page), `WCAG-brudd på ${path} ved 1280 px`).toEqual([]);

      const { csp, inlineScripts } = await page.evaluate(() => ({
        csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
        inlineScripts: document.querySelectorAll('script:not([type="application/ld+json"])').length,
      }));
      expect.soft(csp, `${path}: CSP skal ha default-src 'self'`).toContain("default-src 'self'");
      expect.soft(csp, `${path}: CSP skal ha script-src`).toContain('script-src');
      expect.soft(csp, `${path}: CSP skal ikke tillate unsafe-inline`).not.toContain('unsafe-inline');

      expect.soft(foreign, `forespørsler til andre nettsteder fra ${path}`).toEqual([]);
      expect.soft(errors, `feil i konsollen (også CSP-brudd) på ${path}`).toEqual([]);
      const cookies = await context.cookies();
      expect.soft(cookies, `informasjonskapsler fra ${path}`).toEqual([]);
      if (cookies.length > 0) await context.clearCookies();
      if (!scripted) {
        expect.soft(scripts, `${path} er en innholdsside og skal ikke hente JavaScript`).toEqual([]);
        expect.soft(inlineScripts, `${path} er en innholdsside og skal ikke ha <script>`).toBe(0);
      }
      page.off('request', onRequest);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    });
  }
}
