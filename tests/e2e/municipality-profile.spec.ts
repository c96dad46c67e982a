/**
 * The municipality comes from content alone: a second profile builds into a site
 * that carries its name and contact, and nothing of the demo municipality's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DEMO, DEMO_IS_EXAMPLE, FIXTURE } from '../support/sites';
import { wordsFor } from '../support/words';

/** The test municipality writes its own language (nynorsk); the demo's example notice is looked for in both. */
const fixture = wordsFor(FIXTURE);
const exampleNotice = (words: ReturnType<typeof wordsFor>) => words.dictionary['site.example'].split('{kommune}')[0]!.trim().replace(/\.$/, '');
const DEMO_WORDS = ['Eksempel kommune', '12 34 56 78', 'eksempel.kommune.no', 'Eksempelveien', exampleNotice(wordsFor(DEMO)), exampleNotice(fixture)];

test('testkommunens sider har ikke et eneste ord fra eksempelkommunen', () => {
  for (const page of builtPages(FIXTURE.dir)) {
    const html = readFileSync(join(FIXTURE.dir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
    for (const word of DEMO_WORDS) expect(html.includes(word), `${page} inneholder «${word}»`).toBe(false);
  }
});

test('testkommunens forside viser navnet, kontoret og telefonnummeret', async ({ page }) => {
  await page.goto(FIXTURE.url);
  await expect(page.locator('header')).toContainText('Prøvestad kommune');
  await expect(page.getByRole('link', { name: fixture.t('contact.call', { name: 'tildelingskontoret', phone: '98 76 54 32' }) })).toHaveAttribute('href', 'tel:98765432');
  await expect(page.locator('footer')).toContainText(fixture.t('footer.contactHeading', { kontor: 'tildelingskontoret' }));
  await expect(page.locator('footer')).toContainText('tildeling@provestad.example');
});

test('kontorets navn fra profilen står i teksten på et tilbud', async ({ page }) => {
  await page.goto(`${FIXTURE.url}tilbud/avlastning/`);
  await expect(page.locator('main')).toContainText('Du søkjer hos tildelingskontoret.');
  await expect(page.locator('main')).toContainText('Tildelingskontoret hjelper deg å søkje.');
  await expect(page.locator('main').getByRole('link', { name: '98 76 54 32' }).first()).toBeVisible();
});

test('eksempelkommunen sier tydelig at det lokale innholdet er et eksempel', async ({ page }) => {
  test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');
  await page.goto('');
  await expect(page.getByText(`${exampleNotice(wordsFor(DEMO))}.`)).toBeVisible();
});
