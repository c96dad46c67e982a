/**
 * The glossary over two pages: a link to any word on /ordliste/ still lands on it, and
 * the row of letters reaches the words on the other page, without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { GLOSSARY_PARTS } from '../../src/lib/glossary';
import { DEMO } from '../support/sites';

test.use({ javaScriptEnabled: false });

test('en lenke til et ord på den andre ordlistesiden lander på ordet, som lenker videre til forklaringen', async ({ page }) => {
  await page.goto('ordliste/#primaerkontakt');
  const word = page.locator('#primaerkontakt');
  await expect(word).toBeInViewport();
  await word.getByRole('link', { name: 'primærkontakt' }).click();
  await expect(page).toHaveURL(new RegExp(`${GLOSSARY_PARTS[1].path}#primaerkontakt$`));
  // The glossary is the national one in the site's written language (content/nasjonalt or content/nasjonalt-nn).
  await expect(page.locator('dt#primaerkontakt + dd')).toContainText({ nb: 'hovedansvaret', nn: 'hovudansvaret' }[DEMO.language]);
});

test('bokstavene på ordlisten fører til ordene på begge sidene', async ({ page }) => {
  await page.goto('ordliste/');
  await page.getByRole('navigation', { name: 'Hopp til bokstav' }).getByRole('link', { name: 'V', exact: true }).click();
  await expect(page).toHaveURL(`${DEMO.url}${GLOSSARY_PARTS[1].path.slice(1)}#bokstav-v`);
  await expect(page.getByRole('heading', { name: 'V', exact: true })).toBeInViewport();
  await page.getByRole('navigation', { name: 'Hopp til bokstav' }).getByRole('link', { name: 'A', exact: true }).click();
  await expect(page).toHaveURL(`${DEMO.url}ordliste/#bokstav-a`);
});
