/**
 * The offer list as a relative scans it: on a small phone the first offer is on the first
 * screen, with the filters folded away; the offers come in groups by the tilbudstrapp's
 * steps, with the offers where you have a say in a group of their own; every offer can be
 * reached without JavaScript; words that are easy to mix up are explained side by side.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MOST_WITH_LEAD } from '../../src/lib/offerGroups';
import { builtPages, DEMO, DEMO_IS_EXAMPLE, FIXTURE } from '../support/sites';
import { wordsFor } from '../support/words';

/** The site's own words, in the written language its profile chose (bokmål in the example). */
const words = wordsFor(DEMO).dictionary;

const offerPages = (dir: string) => builtPages(dir).filter((path) => /^\/tilbud\/[^/]+\/$/.test(path) && !path.startsWith('/tilbud/behov'));
const cardLinks = '.pg-cards .ds-card a';

test.describe('på en liten telefon (320 × 568)', () => {
  test.use({ viewport: { width: 320, height: 568 }, javaScriptEnabled: false });

  // On a municipality's own site; the demo also has the notice that it is an example, above everything.
  test('står det første tilbudet på første skjermbilde, med filtrene brettet sammen', async ({ page }) => {
    await page.goto(`${FIXTURE.url}tilbud/`);
    const first = page.locator(cardLinks).first();
    await expect(first).toBeInViewport({ ratio: 1 });
    const box = await first.boundingBox();
    expect(box!.y + box!.height, 'lenken slutter innenfor 568 px').toBeLessThanOrEqual(568);
    await expect(page.locator('.pg-filter__link').first()).toBeHidden();
  });

  test('åpner filtrene med tastaturet, uten JavaScript', async ({ page }) => {
    await page.goto('tilbud/');
    const summary = page.getByText(words['offers.filter.choose']);
    await summary.focus();
    await page.keyboard.press('Enter');
    const need = page.getByRole('navigation', { name: words['offers.filter.needHeading'] });
    await expect(need.getByRole('link').first()).toBeVisible();
    await need.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/tilbud\/behov\/[a-z-]+\/$/);
  });
});

test('på en bred skjerm står filtrene fremme uten å åpne noe', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('tilbud/');
  await expect(page.getByRole('navigation', { name: words['offers.filter.needHeading'] }).getByRole('link').first()).toBeVisible();
  await expect(page.getByText(words['offers.filter.choose'])).toBeHidden();
});

test('alle tilbudene står i listen, hvert én gang, og lenkene virker uten JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${DEMO.url}tilbud/`);
  const hrefs = await page.locator(cardLinks).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const listed = hrefs.map((path) => path.slice(DEMO.base.length - 1));
  expect(listed.length).toBe(new Set(listed).size);
  expect(listed.sort()).toEqual(offerPages(DEMO.dir).sort());
  await context.close();
});

test('tilbudene er gruppert etter trinnene i tilbudstrappen, og det du kan si din mening om står for seg', async ({ page }) => {
  test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');
  await page.goto('tilbud/');
  const headings = await page.locator('main h2').allTextContents();
  const steps = ['fellesskap', 'ta-kontakt', 'del-av-hjelpen', 'sok', 'sok-staten'].map((step) => words[`ladder.step.${step}.heading` as keyof typeof words]);
  expect(headings.map((text) => text.trim())).toEqual(expect.arrayContaining([...steps, words['offers.group.say.heading']]));
  expect(headings.indexOf(steps[0]!)).toBeLessThan(headings.indexOf(steps[4]!));

  const say = page.locator('section', { has: page.getByRole('heading', { name: words['offers.group.say.heading'] }) });
  for (const name of ['Brukerråd og pårørendeutvalg', 'Pårørende i politiske råd og utvalg', 'Pårørendeundersøkelse']) {
    await expect(say.getByRole('link', { name })).toBeVisible();
  }
  await expect(say.getByRole('link', { name: 'Avlastning', exact: true })).toHaveCount(0);
});

test('primærkontakt, pårørendekontakt og pårørendekoordinator er forklart side om side, med lenke til hvert tilbud', async ({ page }) => {
  test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');
  await page.goto('tilbud/');
  const block = page.locator('section', { has: page.getByRole('heading', { name: words['offers.similar.heading'] }) });
  for (const [word, offer] of [
    ['primærkontakt', 'primaerkontakt'],
    ['pårørendekontakt', 'parorendekontakt'],
    ['pårørendekoordinator', 'parorendekoordinator'],
  ] as const) {
    const link = block.getByRole('link', { name: word, exact: true });
    await expect(link).toHaveAttribute('href', `${DEMO.base}tilbud/${offer}/`);
    await expect(block.locator('dl > div', { has: page.getByRole('link', { name: word, exact: true }) }).locator('dd')).not.toBeEmpty();
  }
});

test(`en filterside med opptil ${MOST_WITH_LEAD} tilbud viser ingressen, en lengre viser bare titlene`, async ({ page }) => {
  test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');
  const counts = builtPages(DEMO.dir)
    .filter((path) => /^\/tilbud\/(behov|for)\/[^/]+\/$/.test(path))
    .map((path) => ({ path, count: (readFileSync(join(DEMO.dir, path, 'index.html'), 'utf8').match(/class="ds-card[" ]/g) ?? []).length }));
  const short = counts.find((page) => page.count > 1 && page.count <= MOST_WITH_LEAD)!;
  const long = counts.find((page) => page.count > MOST_WITH_LEAD)!;

  await page.goto(short.path.slice(1));
  await expect(page.locator('.pg-cards .ds-card p')).toHaveCount(short.count);
  await page.goto(long.path.slice(1));
  await expect(page.locator('.pg-cards .ds-card')).toHaveCount(long.count);
  await expect(page.locator('.pg-cards .ds-card p')).toHaveCount(0);
});
