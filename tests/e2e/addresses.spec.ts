/**
 * Stable addresses: every published address still answers (as a page or as a redirect),
 * short addresses and moved pages send the reader on, and the redirect pages are
 * Norwegian, carry a strict CSP and link on.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { missingAddresses, parseAddressList } from '../../src/lib/addresses';
import { builtPages, DEMO, DEMO_IS_EXAMPLE, FIXTURE, redirectTarget } from '../support/sites';

test('ingen publisert adresse er forsvunnet uten omdirigering (content/lokalt/publiserte-adresser.txt)', () => {
  const published = parseAddressList(readFileSync('content/lokalt/publiserte-adresser.txt', 'utf8'));
  expect(published.length).toBeGreaterThan(20);
  expect(missingAddresses(published, builtPages(DEMO.dir)), 'legg inn en omdirigering i omdirigeringer.yaml').toEqual([]);
});

test('testkommunens publiserte adresser finnes også (tests/fixtures/annen-kommune/lokalt/publiserte-adresser.txt)', () => {
  const published = parseAddressList(readFileSync('tests/fixtures/annen-kommune/lokalt/publiserte-adresser.txt', 'utf8'));
  expect(published).toContain('/tilbud/avlastning/');
  expect(missingAddresses(published, builtPages(FIXTURE.dir)), 'legg inn en omdirigering i omdirigeringer.yaml').toEqual([]);
});

test('hvert tilbud har en fast adresse, et infoark og står i listen over publiserte adresser', () => {
  const published = new Set(parseAddressList(readFileSync('content/lokalt/publiserte-adresser.txt', 'utf8')));
  const offers = builtPages(DEMO.dir).filter((path) => /^\/tilbud\/[^/]+\/$/.test(path));
  expect(offers.length).toBeGreaterThan(0);
  for (const offer of offers) {
    expect(published.has(offer), `${offer} mangler i content/lokalt/publiserte-adresser.txt (npm run addresses)`).toBe(true);
    expect(builtPages(DEMO.dir)).toContain(offer.replace('/tilbud/', '/brosjyrer/tilbud/'));
  }
});

test('den korte adressen /avlastning sender til tilbudet om avlastning, også uten skråstrek til slutt', async ({ page }) => {
  test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');
  await page.goto('avlastning');
  await page.waitForURL(/\/parorende\/tilbud\/avlastning\/$/);
  await expect(page.locator('h1')).toHaveText('Avlastning');
});

test('en flyttet side sender fra den gamle adressen til den nye (testkommunen)', async ({ page }) => {
  await page.goto(`${FIXTURE.url}avlastningstilbud/`);
  await page.waitForURL(`${FIXTURE.url}tilbud/avlastning/`);
  expect(redirectTarget(FIXTURE, '/avlastningstilbud/')).toBe('/tilbud/avlastning/');
  expect(redirectTarget(FIXTURE, '/pause/')).toBe('/tilbud/avlastning/');
});

test('siden på en gammel adresse er norsk, har streng CSP, kan ikke indekseres og lenker videre', () => {
  for (const path of builtPages(DEMO.dir).filter((p) => redirectTarget(DEMO, p))) {
    const html = readFileSync(`${DEMO.dir}${path}index.html`, 'utf8');
    const target = redirectTarget(DEMO, path) ?? '';
    // In the site's written language: bokmål in the example, nynorsk in a nynorsk municipality.
    expect(html, path).toContain(`<html lang="${DEMO.language}">`);
    expect(html, path).toMatch(/http-equiv="content-security-policy" content="default-src 'self';\s?script-src 'none'/);
    expect(html, path).not.toContain('unsafe-inline');
    expect(html, path).toContain('<meta name="robots" content="noindex">');
    expect(html, path).toContain(`<a href="${target}">`);
    expect(html, path).not.toMatch(/Redirecting/);
  }
});
