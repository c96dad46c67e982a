/**
 * The staff page and the bundle in Chromium: the filter, the bundle builder, and the
 * bundle page reading its link, including hostile links.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { t, tn } from '../../src/i18n';
import { DEMO_IS_EXAMPLE } from '../support/sites';

// These tests read the example municipality's own offers and words (tests/support/sites.ts).
test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');


test.describe('for ansatte', () => {
  test('bruker Designsystemets egne nedtrekkslister, avkrysningsbokser og knapper', async ({ page }) => {
    const controlsOn = async (path: string) => {
      await page.goto(path);
      // The forms show once the page's script has applied their stylesheets.
      await expect(page.locator('main form').first()).toBeVisible();
      return page.locator('main select, main input[type=checkbox], main button').evaluateAll((found) =>
        found.map((control) => ({
          tag: control.tagName.toLowerCase(),
          className: control.className,
          inField: Boolean(control.closest('.ds-field')),
          appearance: getComputedStyle(control).appearance,
          cursor: getComputedStyle(control).cursor,
        })),
      );
    };
    const table = await controlsOn('for-ansatte/');
    expect(table.filter((control) => control.tag === 'select')).toHaveLength(2);
    const builder = await controlsOn('for-ansatte/sett-sammen/');
    expect(builder.filter((control) => control.tag === 'input').length).toBeGreaterThan(20);
    expect(builder.filter((control) => control.tag === 'button')).toHaveLength(1);
    for (const control of [...table, ...builder]) {
      if (control.tag === 'button') {
        expect(control.className).toMatch(/\bds-button\b/);
        expect(control.cursor, 'knappen har Designsystemets stil').toBe('pointer');
      } else {
        expect(control.className, control.tag).toMatch(/\bds-input\b/);
        expect(control.inField, control.tag).toBe(true);
        expect(control.appearance, `${control.tag} er tegnet av Designsystemet`).toBe('none');
      }
    }
  });

  test('siden lenker til byggeren, og byggeren tilbake til siden', async ({ page }) => {
    await page.goto('for-ansatte/');
    await page.getByRole('link', { name: t('staff.bundleHeading') }).click();
    await expect(page).toHaveURL(/\/for-ansatte\/sett-sammen\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('staff.bundleHeading'));
    await page.getByRole('navigation', { name: t('breadcrumbs.label') }).getByRole('link', { name: t('staff.title') }).click();
    await expect(page).toHaveURL(/\/for-ansatte\/$/);
  });

  test('de korte adressene står slik de sies, og brytes ved 320 px bare etter «/» og «.»', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto('for-ansatte/');
    const addresses = await page.locator('.pg-address').evaluateAll((links) =>
      links.map((link) => {
        let text = '';
        const tops: number[] = [];
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          for (let i = 0; i < node.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            text += node.data[i];
            tops.push(range.getBoundingClientRect().top);
          }
        }
        const breaksAfter = tops.flatMap((top, i) => (i > 0 && top > tops[i - 1]! + 2 ? [text[i - 1]] : []));
        return { text, breaksAfter, right: link.getBoundingClientRect().right };
      }),
    );
    expect(addresses.length).toBeGreaterThan(2);
    for (const { text, breaksAfter, right } of addresses) {
      expect(text, 'uten https:// og uten / til slutt').toMatch(/^[a-z0-9.-]+(\/[a-z0-9-]+)+$/);
      for (const after of breaksAfter) expect(['/', '.'], `${text} brytes etter «${after}»`).toContain(after);
      expect(right).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  test('tabellen kan leses på en telefon: hvert tilbud er linjer med sin overskrift, og siden ruller ikke sidelengs', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto('for-ansatte/');
    const row = page.locator('[data-filter-table] tbody tr').first();
    const labels = await row.locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
    for (const label of [t('staff.colKind'), t('staff.colFor'), t('staff.colHow'), t('staff.colContact')]) {
      expect(labels.some((content) => content.includes(label)), label).toBe(true);
    }
    const box = (await row.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The column heads are still there for screen readers.
    await expect(page.getByRole('columnheader', { name: t('staff.colHow') })).toHaveCount(1);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe('table-row');
  });

  test('bunnen av hver side lenker hit', async ({ page }) => {
    for (const path of ['', 'tilbud/avlastning/', 'demens/']) {
      await page.goto(path);
      const link = page.getByRole('contentinfo').getByRole('link', { name: t('staff.title'), exact: true });
      await expect(link, path).toHaveAttribute('href', /\/for-ansatte\/$/);
    }
  });

  test('har ingen WCAG 2.2-brudd ved 320 og 1280 px, med filteret og lenken fra byggeren vist', async ({ page }) => {
    // Long pages: axe takes its time over some 80 rows and checkboxes.
    test.setTimeout(180_000);
    await page.goto('for-ansatte/');
    await expect(page.locator('form[data-filter]')).toBeVisible();
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await axeViolations(page), `for-ansatte ${width} px`).toEqual([]);
    }
    await page.goto('for-ansatte/sett-sammen/');
    await page.getByRole('checkbox', { name: 'Avlastning', exact: true }).check();
    await page.getByRole('button', { name: t('staff.bundleMake') }).click();
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await axeViolations(page), `sett-sammen ${width} px`).toEqual([]);
    }
  });

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
    await page.goto('for-ansatte/sett-sammen/');
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
    await page.goto('for-ansatte/sett-sammen/');
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
    await expect(page.getByRole('status').filter({ hasText: '3' })).toHaveText(tn('bundle.ready', 3));
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
