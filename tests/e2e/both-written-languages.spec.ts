/**
 * Bokmål and nynorsk side by side (docs/adr/0018-bokmaal-og-nynorsk-side-om-side.md): the test
 * municipality writes nynorsk (at the root) and publishes bokmål beside it (under /nb/).
 * From the built files: every page in both written languages has the header link to the other,
 * named in that language, with `lang` and `hreflang`, to the same page where it exists; the
 * `hreflang` alternates are named from every side and the main language is the default; an
 * offer written in nynorsk only has a bokmål page that says so and is nobody's alternate.
 * In Chromium: the link takes a reader to the same page in the other written language and
 * back, the bokmål search finds bokmål pages only, and the page of an offer without bokmål.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { alsoSite, builtPages, FIXTURE, redirectTarget } from '../support/sites';

const SECOND = alsoSite(FIXTURE)!;
const ORIGIN = 'https://www.provestad.example';
/** A local offer with a bokmål version (nb/tilbud/avlastning.mdx), and one without. */
const TRANSLATED = '/tilbud/avlastning/';
const NOT_TRANSLATED = '/tilbud/stottekontakt/';
/** A local guide page with a bokmål version (nb/sider/for-du-ringjer.mdx), and one without. */
const TRANSLATED_PAGE = '/for-du-ringjer/';
const NOT_TRANSLATED_PAGE = '/godt-mote/';

const fileOf = (dir: string, path: string) => join(dir, path.endsWith('/') ? `${path}index.html` : path);
/** A page by its address on the published site (`/nb/tilbud/`): the root is dist-fixture/. */
const htmlAt = (address: string) => readFileSync(fileOf(FIXTURE.dir, address), 'utf8');
/** The `hreflang` alternates of a page, by language, as addresses without the origin. */
function alternates(html: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, lang = '', href = ''] of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)) found[lang] = href.replace(ORIGIN, '');
  return found;
}
/** The header's link to the other written language: its text, address, `lang` and `hreflang`. */
function writtenLanguageLink(html: string): { text: string; href: string; lang: string; hreflang: string } | undefined {
  const nav = /<nav class="pg-nav[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  for (const [, attributes = '', text = ''] of nav.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)) {
    const attr = (name: string) => new RegExp(`\\s?${name}="([^"]*)"`).exec(` ${attributes}`)?.[1] ?? '';
    if (text === nb['lang.self'] || text === nn['lang.self'])
      return {
        text,
        href: attr('href'),
        lang: attr('lang'),
        hreflang: attr('hreflang'),
      };
  }
  return undefined;
}

/** Every page of the test municipality by its address, the root's (without /en/ and /nb/) and /nb/'s, less those that only send on. */
const mainPages = builtPages(FIXTURE.dir).filter(
  (path) => !path.startsWith('/en/') && !path.startsWith('/nb/') && path.endsWith('/') && !redirectTarget(FIXTURE, path),
);
const secondPages = builtPages(SECOND.dir)
  .filter((path) => path.endsWith('/'))
  .map((path) => `/nb${path}`);

test.describe('testkommunen på nynorsk og bokmål side om side, fra filene', () => {
  test('bokmålsnettstedet er helt: hver nynorsk side finnes under /nb/, uten den engelske delen og de korte adressene', () => {
    expect(secondPages.length).toBeGreaterThan(50);
    expect(
      mainPages.map((path) => `/nb${path}`).filter((path) => !secondPages.includes(path)),
      'sider uten bokmålsutgave',
    ).toEqual([]);
    expect(existsSync(join(SECOND.dir, 'en')), '/nb/en/ skal ikke finnes: den engelske delen er hovednettstedets').toBe(false);
    expect(existsSync(join(SECOND.dir, 'avlastningstilbud')), 'de korte adressene er bare på hovednettstedet').toBe(false);
    expect(existsSync(join(SECOND.dir, 'robots.txt'))).toBe(false);
    expect(readFileSync(join(FIXTURE.dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}/nb/sitemap-index.xml`);
  });

  test('hver side med toppmeny har lenken til det andre skriftspråket, med navnet på det språket, lang og hreflang, til den samme siden', () => {
    const wrong: string[] = [];
    for (const [pages, other, name] of [
      [mainPages, 'nb', nb['lang.self']],
      [secondPages, 'nn', nn['lang.self']],
    ] as const) {
      for (const page of pages) {
        const html = htmlAt(page);
        // The waiting-room screen has no header.
        if (!html.includes('class="pg-nav')) continue;
        const link = writtenLanguageLink(html);
        const same = other === 'nb' ? `/nb${page}` : page.slice('/nb'.length);
        // An offer or a page written in nynorsk only: from nynorsk to the bokmål front page; from its bokmål page back to it.
        const expected = page === NOT_TRANSLATED || page === NOT_TRANSLATED_PAGE ? '/nb/' : same;
        if (!link) wrong.push(`${page}: ingen lenke «${name}»`);
        else if (link.text !== name || link.lang !== other || link.hreflang !== other || link.href !== expected)
          wrong.push(`${page}: ${JSON.stringify(link)}, ventet ${expected}`);
        else if (!existsSync(fileOf(FIXTURE.dir, link.href))) wrong.push(`${page}: ${link.href} finnes ikke`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('hreflang-alternativene er gjensidige: hver utgave nevner alle, og hovedspråket (nynorsk) er x-default', () => {
    const english = builtPages(FIXTURE.dir).filter((path) => path.startsWith('/en/') && path.endsWith('/'));
    const wrong: string[] = [];
    let pairs = 0;
    for (const page of [...mainPages, ...secondPages, ...english]) {
      const own = alternates(htmlAt(page));
      if (Object.keys(own).length === 0) continue;
      pairs++;
      const lang = /<html[^>]*\slang="([^"]*)"/.exec(htmlAt(page))?.[1] ?? '';
      if (own[lang] !== page) wrong.push(`${page}: nevner ikke seg selv som ${lang}`);
      if (own['x-default'] !== own.nn) wrong.push(`${page}: x-default ${own['x-default']} er ikke den nynorske ${own.nn}`);
      for (const [other, address] of Object.entries(own)) {
        if (other === 'x-default' || address === page) continue;
        if (!existsSync(fileOf(FIXTURE.dir, address))) wrong.push(`${page}: ${other} ${address} finnes ikke`);
        else expect.soft(alternates(htmlAt(address)), `${address} skal nevne de samme utgavene som ${page}`).toEqual(own);
      }
    }
    expect(wrong).toEqual([]);
    expect(pairs, 'sider med hreflang').toBeGreaterThan(100);
    // The offer with bokmål has all three; the front page has nynorsk, bokmål and English.
    expect(alternates(htmlAt(TRANSLATED))).toEqual({
      nn: TRANSLATED,
      nb: `/nb${TRANSLATED}`,
      'x-default': TRANSLATED,
    });
    expect(alternates(htmlAt('/'))).toEqual({
      nn: '/',
      nb: '/nb/',
      en: '/en/',
      'x-default': '/',
    });
    expect(alternates(htmlAt('/en/')).nb).toBe('/nb/');
  });

  test('et tilbud som bare er skrevet på nynorsk, er ikke alternativ på bokmål, og siden på bokmål er ikke i søket', () => {
    expect(alternates(htmlAt(`/nb${NOT_TRANSLATED}`))).toEqual({});
    expect(alternates(htmlAt(NOT_TRANSLATED)).nb).toBeUndefined();
    expect(htmlAt(`/nb${NOT_TRANSLATED}`)).not.toContain('data-pagefind-body');
    expect(htmlAt(`/nb${TRANSLATED}`)).toContain('data-pagefind-body');
  });

  test('en lokal veiledningsside med bokmålsversjon har den på bokmål, med hreflang-par; en uten vises som skrevet, merket nynorsk, utenfor søket', () => {
    expect(alternates(htmlAt(TRANSLATED_PAGE))).toMatchObject({ nn: TRANSLATED_PAGE, nb: `/nb${TRANSLATED_PAGE}` });
    expect(alternates(htmlAt(`/nb${TRANSLATED_PAGE}`))).toMatchObject({ nn: TRANSLATED_PAGE, nb: `/nb${TRANSLATED_PAGE}` });
    const translated = htmlAt(`/nb${TRANSLATED_PAGE}`);
    expect(translated).toMatch(/<h1[^>]*>Før du ringer kommunen<\/h1>/);
    expect(translated).toContain('data-pagefind-body');
    const untranslated = htmlAt(`/nb${NOT_TRANSLATED_PAGE}`);
    expect(untranslated).toMatch(/<h1[^>]* lang="nn"[^>]*>Eit godt møte med tenestene<\/h1>/);
    expect(alternates(untranslated)).toEqual({});
    expect(alternates(htmlAt(NOT_TRANSLATED_PAGE)).nb).toBeUndefined();
    expect(untranslated).not.toContain('data-pagefind-body');
  });
});

test('veiviseren på bokmål har tilbudet med bokmål på bokmål, og sier at det andre bare er skrevet på nynorsk', () => {
  const data = JSON.parse(readFileSync(join(SECOND.dir, 'hva-er-viktig-for-deg', 'veiviser.json'), 'utf8')) as {
    offers: Record<string, { title: string; howToGet: string; lang?: string }>;
  };
  expect(data.offers.avlastning).toMatchObject({
    title: 'Avlastning',
    howToGet: 'Du søker hos tildelingskontoret.',
  });
  expect(data.offers.avlastning!.lang).toBeUndefined();
  expect(data.offers.stottekontakt).toMatchObject({
    title: 'Støttekontakt',
    lang: 'nn',
  });
  expect(data.offers.stottekontakt!.howToGet).toContain('bare skrevet på nynorsk');
});

const headerLink = (page: Page, name: string) => page.getByRole('navigation', { name: /Hovudmeny|Hovedmeny/ }).getByRole('link', { name, exact: true });

test.describe('testkommunen på nynorsk og bokmål i nettleseren', () => {
  test('lenken «Bokmål» fører til den samme siden på bokmål, og «Nynorsk» tilbake', async ({ page }) => {
    for (const path of [TRANSLATED, '/rettigheter/', '/']) {
      await page.goto(new URL(path.slice(1), FIXTURE.url).href);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
      await headerLink(page, nb['lang.self']).click();
      await expect(page).toHaveURL(new URL(`nb${path}`, FIXTURE.url).href);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
      await headerLink(page, nn['lang.self']).click();
      await expect(page).toHaveURL(new URL(path.slice(1), FIXTURE.url).href);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    }
    await page.goto(new URL(`nb${TRANSLATED}`, FIXTURE.url).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avlastning');
  });

  test('søket på /nb/sok/ finner bokmålssider og ingen nynorske', async ({ page }) => {
    await page.goto(new URL('nb/sok/', FIXTURE.url).href);
    const field = page.getByRole('searchbox', { name: nb['search.label'] });
    await field.fill('avlastning');
    await expect(page.getByRole('status')).toContainText('«avlastning»', {
      timeout: 15_000,
    });
    const paths = await page.locator('.pg-result h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(paths).toContain(`/nb${TRANSLATED}`);
    expect(
      paths.filter((path) => !path.startsWith('/nb/')),
      'nynorske sider i bokmålssøket',
    ).toEqual([]);
    expect(paths, 'tilbudet uten bokmål er ikke i bokmålssøket').not.toContain(`/nb${NOT_TRANSLATED}`);
    // The nynorsk search, with the nynorsk word, finds the nynorsk page and nothing under /nb/.
    await page.goto(new URL('sok/', FIXTURE.url).href);
    await page.getByRole('searchbox', { name: nn['search.label'] }).fill('avlasting');
    await expect(page.getByRole('status')).toContainText('«avlasting»', {
      timeout: 15_000,
    });
    const nynorsk = await page.locator('.pg-result h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(nynorsk).toContain(TRANSLATED);
    expect(
      nynorsk.filter((path) => path.startsWith('/nb/')),
      'bokmålssider i det nynorske søket',
    ).toEqual([]);
  });

  test('et tilbud uten bokmål: siden på bokmål sier det, lenker til den nynorske og gir kontorets kontakt', async ({ page }) => {
    await page.goto(new URL(`nb${NOT_TRANSLATED}`, FIXTURE.url).href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Støttekontakt – bare på nynorsk');
    await expect(heading.locator('[lang="nn"]')).toHaveText('Støttekontakt');
    await expect(page.getByText('Dette tilbudet er bare skrevet på nynorsk.')).toBeVisible();
    const phone = page.getByRole('main').getByRole('link', { name: '98 76 54 32' });
    await expect(phone.first()).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'tildeling@provestad.example' })).toBeVisible();
    const link = page.getByRole('link', {
      name: 'Les om Støttekontakt på nynorsk',
    });
    await expect(link).toHaveAttribute('hreflang', 'nn');
    await link.click();
    await expect(page).toHaveURL(new URL(NOT_TRANSLATED.slice(1), FIXTURE.url).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Støttekontakt');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  });
});
