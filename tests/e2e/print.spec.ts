/**
 * Tested as printed: the general brochure, an info sheet, a bundle, the staff table and
 * an ordinary page are printed to PDF in Chromium and read back with pdftotext.
 */
import { expect, test, type Page } from '@playwright/test';
import { flat, printToPdf } from '../support/print';
import { FIXTURE, DEMO_IS_EXAMPLE } from '../support/sites';
import { t } from '../../src/i18n';

// These tests read the example municipality's own offers and words (tests/support/sites.ts).
test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');


const PHONE = '12 34 56 78';
const HOST = 'www.eksempel.kommune.no/parorende/';
/** Words that only the skip link, the breadcrumbs and the footer links have. */
const NAVIGATION = [t('skip.main'), t('breadcrumbs.label'), t('nav.home'), t('footer.privacy'), t('footer.accessibility'), t('footer.about')];
/** The main menu's links; each would print as a line or run of its own. */
const MENU = [t('nav.offers'), t('nav.rights'), t('nav.search')];

function expectNoNavigation(text: string) {
  for (const words of NAVIGATION) expect(flat(text), `«${words}» hører til navigasjonen`).not.toContain(words);
  expect(flat(text), 'hovedmenyen').not.toContain(MENU.join(' '));
  const lines = text.split('\n').flatMap((line) => line.trim().split(/\s{2,}/));
  for (const words of MENU) expect(lines, `menypunktet «${words}»`).not.toContain(words);
}

/** The printed QR codes: SVGs shown in print, big enough to scan (at least 20 mm). */
async function printedQrCodes(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const codes = page.locator('svg.pg-qr__code');
  const sizes: number[] = [];
  for (const code of await codes.all()) {
    if (await code.isVisible()) sizes.push((await code.boundingBox())?.width ?? 0);
  }
  return sizes;
}

test.describe('utskrift', () => {
  test('brosjyren for pårørende blir høyst to A4-sider med kontorets telefon, QR-kode og uten navigasjon', async ({ page }) => {
    await page.goto('brosjyrer/for-parorende/');
    const pdf = await printToPdf(page, 'brosjyre-for-parorende');
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.size.width).toBeLessThan(pdf.size.height);
    expect(flat(pdf.text)).toContain(PHONE);
    expect(flat(pdf.text)).toContain('Tjenestekontoret');
    expect(flat(pdf.text)).toContain('Eksempel kommune');
    expect(flat(pdf.text)).toContain(`${t('print.qrText')} ${HOST}brosjyrer/for-parorende/`);
    expect(await printedQrCodes(page)).toEqual([expect.any(Number)]);
    expect((await printedQrCodes(page))[0]).toBeGreaterThan(75);
    expectNoNavigation(pdf.text);
  });

  test('infoarket om avlastning blir én A4-side med pris, kontakt og QR-kode til tilbudet', async ({ page }) => {
    await page.goto('brosjyrer/tilbud/avlastning/');
    const pdf = await printToPdf(page, 'infoark-avlastning');
    expect(pdf.pages).toBe(1);
    const text = flat(pdf.text);
    for (const heading of [t('sheet.whatHeading'), t('sheet.whoHeading'), t('sheet.howHeading'), t('sheet.priceHeading'), t('sheet.contactHeading')]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(PHONE);
    expect(text).toContain(`${HOST}tilbud/avlastning/`);
    expect((await printedQrCodes(page)).length).toBe(1);
    expectNoNavigation(pdf.text);
  });

  test('en samlet utskrift av to tilbud blir ett dokument med ett ark per tilbud, hver med sin QR-kode', async ({ page }) => {
    await page.goto('brosjyrer/samle/#velg=avlastning,parorendeskole');
    await page.locator('html[data-bundle-ready]').waitFor({ state: 'attached' });
    const pdf = await printToPdf(page, 'samlet-utskrift');
    expect(pdf.pages).toBe(2);
    const [first = '', second = ''] = pdf.text.split('\f');
    expect(flat(first)).toContain('Avlastning');
    expect(flat(second)).toContain('Pårørendeskole');
    expect(flat(pdf.text)).toContain(PHONE);
    expect(flat(pdf.text)).toContain(`${HOST}tilbud/avlastning/`);
    expect(flat(pdf.text)).toContain(`${HOST}tilbud/parorendeskole/`);
    expect((await printedQrCodes(page)).length).toBe(2);
    expectNoNavigation(pdf.text);
  });

  test('tabellen for ansatte skrives ut liggende, med alle tilbudene og uten skjema og knapper', async ({ page }) => {
    await page.goto('for-ansatte/');
    const rows = await page.locator('[data-filter-table] tbody tr').count();
    const pdf = await printToPdf(page, 'for-ansatte');
    expect(pdf.size.width).toBeGreaterThan(pdf.size.height);
    expect(flat(pdf.text)).toContain('Pårørendeskole');
    expect(flat(pdf.text)).not.toContain(t('staff.bundleMake'));
    expect(flat(pdf.text)).not.toContain(t('staff.filterLegend'));
    expect(rows).toBeGreaterThan(1);
    expectNoNavigation(pdf.text);
  });

  test('en vanlig side skriver ut adressen til hver lenke i sin helhet, så den kan tastes inn', async ({ page }) => {
    await page.goto('tilbud/avlastning/');
    const pdf = await printToPdf(page, 'tilbud-avlastning');
    expect(flat(pdf.text).replace(/ /g, '')).toContain(`(${HOST}informasjon-samtykke-og-taushetsplikt/)`);
    expect(flat(pdf.text)).toContain(PHONE);
    expect((await printedQrCodes(page)).length).toBe(1);
    expectNoNavigation(pdf.text);
  });

  test('en samlet utskrift av ett tilbud blir én side, og status sier «1 side»', async ({ page }) => {
    await page.goto('brosjyrer/samle/#velg=avlastning');
    await page.locator('html[data-bundle-ready]').waitFor({ state: 'attached' });
    await expect(page.locator('[data-bundle-status]')).toHaveText('Viser 1 side.');
    const pdf = await printToPdf(page, 'samlet-ett-tilbud');
    expect(pdf.pages).toBe(1);
    expect(flat(pdf.text)).toContain('Avlastning');
    expect(flat(pdf.text)).toContain(`${HOST}tilbud/avlastning/`);
  });

  test('404-siden skriver ikke ut noen QR-kode, og ikke kontoret to ganger', async ({ page }) => {
    await page.goto('finnes-ikke/');
    expect(await printedQrCodes(page)).toEqual([]);
    const pdf = await printToPdf(page, '404');
    expect(flat(pdf.text)).not.toContain(t('print.qrText'));
    expect(flat(pdf.text).split(PHONE)).toHaveLength(2);
  });

  for (const [name, path] of [
    ['brosjyren', 'brosjyrer/for-parorende/'],
    ['et infoark', 'brosjyrer/tilbud/stottekontakt/'],
    ['en side', 'rettigheter/'],
  ] as const) {
    test(`${name} streker ikke under noe som ikke har en adresse på papiret`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const unaddressed = await page.locator('main a').evaluateAll((links) =>
        links
          .filter((link) => link.getClientRects().length > 0 && getComputedStyle(link).textDecorationLine.includes('underline'))
          .filter((link) => {
            const href = link.getAttribute('href') ?? '';
            const writtenOut = getComputedStyle(link, '::after').content;
            // The address is on paper: written out after the text, or the text is the address.
            return !(writtenOut.includes('attr') || /\(/.test(writtenOut) || /^(tel|mailto):/.test(href) || link.classList.contains('pg-url'));
          })
          .map((link) => link.textContent?.trim()),
      );
      expect(unaddressed).toEqual([]);
    });
  }

  for (const [name, path] of [
    ['et tilbud', 'tilbud/avlastning/'],
    ['en lang veiledningsside', 'demens/'],
    ['brosjyren', 'brosjyrer/for-parorende/'],
    ['et infoark', 'brosjyrer/tilbud/avlastning/'],
    ['en samlet utskrift av ett tilbud', 'brosjyrer/samle/#velg=stottekontakt'],
    ['en samlet utskrift av to tilbud', 'brosjyrer/samle/#velg=avlastning,parorendeskole'],
    ['404-siden', 'finnes-ikke/'],
    ['oversikten over rettighetene', 'rettigheter/'],
  ] as const) {
    test(`ingen side av ${name} har bare QR-koden eller bare bunnen`, async ({ page }) => {
      await page.goto(path);
      if (path.includes('samle')) await page.locator('html[data-bundle-ready]').waitFor({ state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      // What is printed on every sheet or at the end: the header, the QR code's text, the footer.
      const frame = flat(await page.locator('.pg-header, .pg-qr, .pg-footer').evaluateAll((parts) => parts.map((part) => (part as HTMLElement).innerText).join(' ')));
      const pdf = await printToPdf(page, `rest-${name.replace(/\s+/g, '-')}`);
      const sheets = pdf.text.split('\f').filter((sheet) => sheet.trim());
      expect(sheets).toHaveLength(pdf.pages);
      sheets.forEach((sheet, index) => {
        const content = sheet
          .split('\n')
          .map((line) => flat(line).trim())
          .filter((line) => line && !frame.includes(line));
        expect(content.join(' ').split(' ').length, `side ${index + 1} av ${pdf.pages}: ${flat(sheet).slice(0, 160)}`).toBeGreaterThanOrEqual(5);
      });
    });
  }

  test('QR-koden vises ikke på skjermen, og skjermlesere hopper over den', async ({ page }) => {
    await page.goto('tilbud/avlastning/');
    await expect(page.locator('svg.pg-qr__code')).toBeHidden();
    await expect(page.locator('svg.pg-qr__code')).toHaveAttribute('aria-hidden', 'true');
  });
});

test('testkommunens utskrift har dens eget navn og kontor, ikke eksempelkommunens', async ({ page }) => {
  await page.goto(`${FIXTURE.url}brosjyrer/tilbud/avlastning/`);
  const pdf = await printToPdf(page, 'testkommunen-infoark');
  expect(pdf.pages).toBe(1);
  expect(flat(pdf.text)).toContain('98 76 54 32');
  expect(flat(pdf.text)).toContain('www.provestad.example/tilbud/avlastning/');
  expect(flat(pdf.text)).not.toContain(PHONE);
});
