/** A malformed or hostile address gets the 404 page, and nothing of it is rendered. */
import { expect, test } from '@playwright/test';
import { DEMO, DEMO_IS_EXAMPLE } from '../support/sites';

// These tests read the example municipality's own offers and words (tests/support/sites.ts).
test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');


const hostile = [
  'tilbud/%00',
  `tilbud/${'a'.repeat(5000)}`,
  'tilbud/<script>alert(1)</script>',
  'tilbud/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'tilbud/%E0%A4%A',
  '../../../etc/passwd',
  'finnes-ikke/',
];

for (const path of hostile) {
  test(`«${path.slice(0, 40)}» gir siden «Fant ikke siden» uten å vise adressen`, async ({ page, request }) => {
    const response = await request.get(`${DEMO.url}${path}`);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain('Fant ikke siden');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('a'.repeat(100));
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`${DEMO.url}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
    await expect(page.locator('main').getByRole('search')).toBeVisible();
    await expect(page.locator('main')).toContainText('12 34 56 78');
    expect(dialogs).toBe(0);
  });
}
