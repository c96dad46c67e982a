/**
 * The staff page and the bundle in Chromium: the filter, the bundle builder, and the
 * bundle page reading its link, including hostile links.
 */
import { expect, test } from '@playwright/test';
import { t } from '../../src/i18n';
import { DEMO_IS_EXAMPLE } from '../support/sites';

// These tests read the example municipality's own offers and words (tests/support/sites.ts).
test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');


test.describe('for ansatte', () => {
  test('filteret viser bare tilbudene som passer behovet, og sier hvor mange', async ({ page }) => {
    await page.goto('for-ansatte/');
    const rows = page.locator('[data-filter-table] tbody tr');
    const total = await rows.count();
    await page.getByLabel(t('staff.filterNeed')).selectOption('avlastning');
    const shown = rows.locator('visible=true');
    const count = await shown.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await expect(shown.first()).toHaveAttribute('data-needs', /\bavlastning\b/);
    await expect(page.getByRole('status').filter({ hasText: String(total) })).toHaveText(
      t('staff.filterCount', { shown: count, total }),
    );
    await page.getByLabel(t('staff.filterNeed')).selectOption('');
    await expect(rows.locator('visible=true')).toHaveCount(total);
  });

  test('målgruppefilteret tar med tilbud til alle pårørende', async ({ page }) => {
    await page.goto('for-ansatte/');
    await page.getByLabel(t('staff.filterGroup')).selectOption('kreft');
    for (const groups of await page.locator('[data-filter-table] tbody tr:visible').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-groups')))) {
      expect(groups).toMatch(/\b(kreft|alle)\b/);
    }
  });

  test('en ansatt krysser av to tilbud med tastaturet og får én lenke med bare ID-ene i fragmentet', async ({ page }) => {
    await page.goto('for-ansatte/');
    await page.getByRole('checkbox', { name: 'Avlastning', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Pårørendeskole', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: t('staff.bundleMake') }).press('Enter');
    const field = page.getByLabel(t('staff.bundleLinkLabel'));
    await expect(field).toBeFocused();
    const link = await field.inputValue();
    expect(new URL(link).pathname).toBe('/parorende/brosjyrer/samle/');
    expect(new URL(link).search).toBe('');
    expect(new URL(link).hash).toBe('#velg=avlastning,parorendeskole');
    await page.getByRole('link', { name: t('staff.bundleOpen') }).click();
    await page.locator('html[data-bundle-ready]').waitFor({ state: 'attached' });
    expect((await page.getByRole('heading', { level: 2 }).allTextContents()).slice(0, 2)).toEqual(['Avlastning', 'Pårørendeskole']);
  });

  test('uten noe valgt sier byggeren fra i stedet for å lage en tom lenke', async ({ page }) => {
    await page.goto('for-ansatte/');
    await page.getByRole('button', { name: t('staff.bundleMake') }).click();
    await expect(page.getByText(t('staff.bundleNone'))).toBeVisible();
    await expect(page.getByLabel(t('staff.bundleLinkLabel'))).toBeHidden();
  });
});

test.describe('den samlede utskriften', () => {
  test('viser de valgte sidene i lenkens rekkefølge, med én h1 og unike ID-er', async ({ page }) => {
    await page.goto('brosjyrer/samle/#velg=parorendeskole,informasjon-samtykke-og-taushetsplikt,avlastning');
    await page.locator('html[data-bundle-ready]').waitFor({ state: 'attached' });
    const items = page.locator('[data-bundle-item]');
    await expect(items).toHaveCount(3);
    expect(await items.evaluateAll((all) => all.map((item) => item.getAttribute('data-bundle-item')))).toEqual([
      'parorendeskole',
      'informasjon-samtykke-og-taushetsplikt',
      'avlastning',
    ]);
    await expect(page.locator('h1')).toHaveCount(1);
    const ids = await page.locator('[id]').evaluateAll((all) => all.map((element) => element.id));
    expect(new Set(ids).size).toBe(ids.length);
    await expect(page.getByRole('status').filter({ hasText: '3' })).toHaveText(t('bundle.ready', { count: 3 }));
  });

  test('fiendtlige og ukjente ID-er i lenken blir ignorert og aldri til markup', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('brosjyrer/samle/#velg=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,avlastning,finnes-ikke,..%2F..%2F,%22%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E');
    await page.locator('html[data-bundle-ready]').waitFor({ state: 'attached' });
    await expect(page.locator('[data-bundle-item]')).toHaveCount(1);
    const items = page.locator('[data-bundle-items]');
    await expect(items.locator('img, script')).toHaveCount(0);
    expect(await items.innerHTML()).not.toMatch(/onerror|alert\(|finnes-ikke/);
    expect(dialogs).toEqual([]);
    expect(new URL(page.url()).hash).toBe('#velg=avlastning');
  });

  test('en lenke uten kjente sider sier det, og lenker til alle tilbudene', async ({ page }) => {
    await page.goto('brosjyrer/samle/#velg=finnes-ikke');
    await expect(page.getByText(t('bundle.empty'))).toBeVisible();
    await expect(page.getByRole('link', { name: t('bundle.offersLink') })).toBeVisible();
    await expect(page.locator('[data-bundle-item]')).toHaveCount(0);
  });
});
