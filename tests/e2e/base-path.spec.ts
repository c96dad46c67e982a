/**
 * Deployed under a sub-path (/parorende/): every link, asset and search file works
 * under that base, and the site at the root (the test municipality) works too.
 */
import { expect, test } from '@playwright/test';
import { DEMO, FIXTURE, DEMO_IS_EXAMPLE } from '../support/sites';
import { wordsFor } from '../support/words';

// These tests read the example municipality's own offers and words (tests/support/sites.ts).
test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');


test('under /parorende/ peker alle lenker og filer inn under grunnadressen', async ({ page }) => {
  await page.goto('');
  const urls = await page.evaluate(() => [
    ...[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    ...[...document.querySelectorAll('link[href]')].map((l) => l.getAttribute('href') ?? ''),
  ]);
  const internal = urls.filter((url) => url.startsWith('/'));
  expect(internal.length).toBeGreaterThan(5);
  for (const url of internal) expect(url.startsWith(DEMO.base), url).toBe(true);
});

test('søket virker under /parorende/ og finner avlastning', async ({ page }) => {
  await page.goto('sok/');
  await page.getByLabel(wordsFor(DEMO).t('search.label')).fill('avlastning');
  await expect(page.getByRole('status')).toContainText('treff');
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toHaveAttribute('href', /^\/parorende\//);
  await first.click();
  await expect(page).toHaveURL(/\/parorende\//);
});

// The test municipality writes nynorsk, so its search is asked in nynorsk.
test('søket virker når nettstedet ligger på roten', async ({ page }) => {
  await page.goto(`${FIXTURE.url}sok/`);
  await page.getByLabel(wordsFor(FIXTURE).t('search.label')).fill('avlasting');
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', '/tilbud/avlastning/');
});
