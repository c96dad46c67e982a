/**
 * The phone on the first screen: on a 320 × 568 and a 360 × 640 phone, without scrolling,
 * the front page and every guide page show a tap-to-call link to the assignment office,
 * and every offer page one to the offer's own contact (or the office, where the contact
 * has no number) (tests/support/first-screen.ts).
 *
 * The demo's pages are checked in tests/e2e/every-page.spec.ts, in the visit that checks
 * everything else about them; here the test municipality's, and on the demo that the
 * example notice is at the top of the page too, so it cannot be what pushes the phone off.
 */
import { expect, test } from '@playwright/test';
import { FIRST_PHONE, missingPhone, phoneFirstPages, PHONES } from '../support/first-screen';
import { DEMO, DEMO_IS_EXAMPLE, FIXTURE, FIXTURE_LOCAL_DIR } from '../support/sites';

const sizes = PHONES.map((phone) => `${phone.width} × ${phone.height}`).join(' og ');
const fixturePages = phoneFirstPages(FIXTURE, FIXTURE_LOCAL_DIR);
const offers = [...fixturePages.keys()].filter((path) => path.startsWith('/tilbud/')).length;

test(`testkommunen: telefonen står på første skjermbilde ved ${sizes} på forsiden, ${offers} tilbud og ${fixturePages.size - offers - 1} veiledningssider`, async ({ browser }) => {
  test.setTimeout(300_000);
  expect(offers).toBeGreaterThan(0);
  const context = await browser.newContext({ viewport: FIRST_PHONE });
  const page = await context.newPage();
  const missing: string[] = [];
  for (const [path, wanted] of fixturePages) {
    await page.goto(new URL(path.slice(1), FIXTURE.url).href);
    missing.push(...(await missingPhone(page, path, wanted)));
  }
  expect(missing).toEqual([]);
  await context.close();
});

test('eksempelkommunen: eksempelmerknaden står øverst, og telefonen likevel på første skjermbilde på forsiden', async ({ page }) => {
  test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');
  await page.setViewportSize(FIRST_PHONE);
  await page.goto(DEMO.url);
  await expect(page.getByText('Dette er et eksempel.'), 'eksempelmerknaden står øverst på eksempelkommunens sider').toBeInViewport();
  const wanted = phoneFirstPages(DEMO, DEMO.localDir).get('/')!;
  expect(await missingPhone(page, '/', wanted)).toEqual([]);
});
