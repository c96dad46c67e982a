/**
 * Search, as a relative uses it: the field in the header of every page, the search page
 * with results and filters, and the A–Å index for browsers without JavaScript. Also what
 * search promises in numbers: the everyday queries in search-queries.json find their page
 * in the top three; search loads only when you start to search; the first search transfers
 * at most 100 KB (bench/budgets.json). How soon results follow the last keystroke is a
 * timing, so `npm run bench` measures it against its target (300 ms) and no test fails on it.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { nb } from '../../src/i18n/nb';
import { AZ_PARTS, partOf } from '../../src/lib/alphabet';
import { PAGEFIND_OPTIONS } from '../../src/lib/search';
import { DEMO, DEMO_IS_EXAMPLE } from '../support/sites';

// These tests read the example municipality's own offers and words (tests/support/sites.ts).
test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');


interface Query {
  query: string;
  expect: string;
  why?: string;
}
const queries = JSON.parse(readFileSync('tests/e2e/search-queries.json', 'utf8')) as Query[];
const BUDGET_PAGES = JSON.parse(readFileSync('bench/budgets.json', 'utf8')).pages as Record<string, { total: number }>;
/** A short query, and a long question whose phrase also fetches the index for its small words (docs/ytelse.md). */
const FIRST_SEARCH_BUDGETS: [string, number][] = [
  ['pause', BUDGET_PAGES['sok (første søk)']!.total],
  ['lønn for å passe mamma', BUDGET_PAGES['sok (første søk, langt spørsmål)']!.total],
];

const field = (page: Page) => page.getByRole('searchbox', { name: nb['search.label'] });
const status = (page: Page) => page.getByRole('status');
const resultLinks = (page: Page) => page.locator('.pg-result h2 a');

/** Types a query into the search page and waits until the count for it is announced. */
async function search(page: Page, query: string): Promise<void> {
  await field(page).fill(query);
  // The first search on a page loads Pagefind; the time budget is tested on its own below.
  await expect(status(page)).toContainText(`«${query}»`, { timeout: 15_000 });
}

/** The site paths of the first results, without the base: `/tilbud/avlastning/`. */
async function topPaths(page: Page, count = 3): Promise<string[]> {
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return hrefs.slice(0, count).map((path) => path.slice(DEMO.base.length - 1));
}

test.describe('relevans', () => {
  test(`alle ${queries.length} hverdagsspørsmålene finner riktig side blant de tre første treffene`, async ({ page }) => {
    test.setTimeout(240_000);
    expect(queries.length).toBeGreaterThanOrEqual(84);
    await page.goto('sok/');
    for (const { query, expect: wanted } of queries) {
      await search(page, query);
      expect.soft(await topPaths(page), `«${query}» skal finne ${wanted}`).toContain(wanted);
    }
  });

  test('et spørsmål med vanlige småord, «hva har jeg rett til», finner oversikten over rettighetene først, og mer enn ett treff', async ({ page }) => {
    await page.goto('sok/');
    await search(page, 'hva har jeg rett til');
    expect((await topPaths(page, 1))[0]).toBe('/rettigheter/');
    expect(await resultLinks(page).count()).toBeGreaterThan(1);
  });

  test('et kort ord, «fri», setter siden der det er hverdagsordet (avlastning) foran sider med ord som bare begynner på «fri»', async ({ page }) => {
    await page.goto('sok/');
    await search(page, 'fri');
    const paths = await topPaths(page, 1000);
    expect(paths[0]).toBe('/tilbud/avlastning/');
    for (const longer of ['/tilbud/frivillighet/', '/tilbud/frisklivssentral/']) {
      if (paths.includes(longer)) expect(paths.indexOf(longer), longer).toBeGreaterThan(paths.indexOf('/tilbud/avlastning/'));
    }
  });

  test('en frase mange sider har, «noen å snakke med», finner tilbudet den handler om først', async ({ page }) => {
    await page.goto('sok/');
    await search(page, 'noen å snakke med');
    expect((await topPaths(page, 1))[0]).toBe('/tilbud/stottesamtaler/');
  });

  test('et langt spørsmål der ingen side har alle ordene, finner likevel noe', async ({ page }) => {
    await page.goto('sok/');
    await search(page, 'jeg trenger hjelp med snømåking og handling');
    expect(await topPaths(page)).toContain('/tilbud/praktisk-hjelp/');
  });

  for (const [inflected, word] of [
    ['avlastningen', 'avlastning'],
    ['sorggrupper', 'sorggruppe'],
  ] as const) {
    test(`norsk ordstamme: «${inflected}» finner sider som skriver «${word}»`, async ({ page }) => {
      await page.goto('sok/');
      const excerpts = await page.evaluate(
        async ({ base, options, query }) => {
          const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
          await pagefind.options({ ...options, baseUrl: base, excerptLength: 30 });
          const { results } = await pagefind.search(query);
          return Promise.all(results.map(async (result: { data: () => Promise<{ excerpt: string }> }) => (await result.data()).excerpt));
        },
        { base: DEMO.base, options: PAGEFIND_OPTIONS, query: inflected },
      );
      expect(excerpts.some((excerpt: string) => excerpt.toLowerCase().includes(`<mark>${word}</mark>`))).toBe(true);
    });
  }
});

test.describe('søkefeltet i toppen', () => {
  test('på en innholdsside leder det til søkesiden, som viser treffene', async ({ page }) => {
    await page.goto('tilbud/avlastning/');
    await field(page).fill('lønn for å passe mamma');
    await field(page).press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=l%C3%B8nn\+for\+%C3%A5\+passe\+mamma$/);
    await expect(field(page)).toHaveValue('lønn for å passe mamma');
    await expect(status(page)).toContainText('treff på «lønn for å passe mamma»');
    expect(await topPaths(page)).toContain('/tilbud/omsorgsstonad/');
  });

  test('uten JavaScript leder det til oversikten fra A til Å', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: DEMO.url, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('tilbud/avlastning/');
    await field(page).fill('pause');
    await field(page).press('Enter');
    await expect(page).toHaveURL(/\/a-a\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nb['az.title']);
    await context.close();
  });

  test('søkesiden har bare sitt eget søkefelt', async ({ page }) => {
    await page.goto('sok/');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
  });
});

test.describe('lite og raskt', () => {
  test('en innholdsside henter ingenting av søket', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('tilbud/avlastning/');
    await page.waitForLoadState('load');
    await field(page).focus();
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });

  test('søkesiden henter søket først når du begynner å søke', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('sok/');
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await search(page, 'pause');
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
  });

  for (const [query, budget] of FIRST_SEARCH_BUDGETS) {
    test(`det første søket, «${query}», henter høyst ${Math.round(budget / 1024)} KB`, async ({ browser }, testInfo) => {
      const context = await browser.newContext({ baseURL: DEMO.url });
      const page = await context.newPage();
      await page.goto('sok/');
      await page.waitForLoadState('load');
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
      });
      await search(page, query);
      await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
      const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
      testInfo.annotations.push({ type: 'bytes', description: `«${query}»: ${bytes} byte i ${sizes.length} forespørsler` });
      console.log(`Første søk «${query}»: ${bytes} byte i ${sizes.length} forespørsler`);
      expect(bytes).toBeLessThanOrEqual(budget);
      await context.close();
    });
  }
});

test.describe('treffene', () => {
  test('viser tittel, hva slags side det er og ingressen', async ({ page }) => {
    await page.goto('sok/?q=pause');
    await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
    const first = page.locator('.pg-result').first();
    await expect(first.locator('h2 a')).toHaveText('Avlastning');
    await expect(first.locator('.pg-result__kind')).toHaveText(nb['search.kind.tilbud']);
    await expect(first.locator('p')).not.toBeEmpty();
  });

  test('antallet blir lest opp i et statusfelt', async ({ page }) => {
    await page.goto('sok/');
    await search(page, 'sorg');
    await expect(status(page)).toHaveText(/^\d+ treff på «sorg»\.$/);
    await search(page, 'xyzæøå');
    await expect(status(page)).toHaveText(nb['search.none'].replace('{query}', 'xyzæøå'));
  });

  test('filtrene avgrenser treffene til det du velger', async ({ page }) => {
    await page.goto('sok/?q=omsorg');
    await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
    await page.getByText(nb['search.filters']).click();
    await page.getByRole('group', { name: nb['search.filter.kind'] }).getByLabel(nb['search.kind.rettighet']).check();
    await expect.poll(async () => [...new Set(await page.locator('.pg-result__kind').allTextContents())]).toEqual([nb['search.kind.rettighet']]);
  });

  test('et behov alene, uten søkeord, viser tilbudene for det behovet', async ({ page }) => {
    await page.goto('sok/');
    await page.getByText(nb['search.filters']).click();
    await page.getByRole('group', { name: nb['search.filter.need'] }).getByLabel(nb['vocab.need.avlastning']).check();
    await expect(status(page)).toHaveText(new RegExp(`^\\d+ ${nb['search.countFiltered'].replace('{count} ', '').replace('.', '\\.')}$`));
    const more = page.getByRole('button', { name: nb['search.more'] });
    while (await more.isVisible()) {
      const shown = await resultLinks(page).count();
      await more.click();
      await expect(resultLinks(page)).not.toHaveCount(shown);
    }
    expect(await topPaths(page, 1000)).toContain('/tilbud/avlastning/');
  });

  test('«Vis flere treff» henter resten og flytter fokus til det første nye treffet', async ({ page }) => {
    await page.goto('sok/?q=pårørende');
    await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
    const before = await resultLinks(page).count();
    await page.getByRole('button', { name: nb['search.more'] }).click();
    await expect(resultLinks(page)).not.toHaveCount(before);
    await expect(resultLinks(page).nth(before)).toBeFocused();
  });

  test('alt kan gjøres med tastaturet', async ({ page }) => {
    await page.goto('sok/');
    await field(page).focus();
    await page.keyboard.type('pause');
    await expect(status(page)).toContainText('«pause»');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: nb['search.button'], exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('summary')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(nb['search.kind.tilbud'])).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByLabel(nb['search.kind.tilbud'])).toBeChecked();
    // The search runs again with the filter: the list shows only offers before you go on.
    await expect(resultLinks(page).first()).toHaveAttribute('href', /\/tilbud\//);
    await expect(page.locator('.pg-result h2 a:not([href*="/tilbud/"])')).toHaveCount(0);
    await page.locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(resultLinks(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tilbud\//);
  });

  test('feltet og statuslinjen flytter seg ikke når treffene kommer', async ({ page }) => {
    await page.goto('sok/');
    const box = async () => [await field(page).boundingBox(), await status(page).boundingBox(), await page.locator('[data-search-results]').boundingBox()].map((b) => b && Math.round(b.y));
    const before = await box();
    await search(page, 'pause');
    await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
    expect(await box()).toEqual(before);
  });

  test('siden med treff har ingen WCAG-brudd ved 1280 og 320 px, og ruller ikke sidelengs', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('sok/?q=noen å snakke med');
    await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
    await page.getByText(nb['search.filters']).click();
    const axe = () => axeViolations(page);
    expect(await axe()).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await axe()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});

/** The frontmatter of every offer (`tilbud`) or guide page (`sider`) of the demo site, with its site path. */
function contentFiles(kind: 'tilbud' | 'sider'): { path: string; data: Record<string, unknown> }[] {
  return [DEMO.nationalDir, DEMO.localDir].flatMap((dir) => {
    let names: string[] = [];
    try {
      names = readdirSync(`${dir}/${kind}`).filter((name) => name.endsWith('.mdx') && !name.startsWith('_'));
    } catch {
      return [];
    }
    return names.map((name) => {
      const id = name.replace(/\.mdx$/, '');
      const frontmatter = readFileSync(`${dir}/${kind}/${name}`, 'utf8').split(/^---$/m)[1] ?? '';
      return { path: kind === 'tilbud' ? `/tilbud/${id}/` : `/${id}/`, data: parseYaml(frontmatter) as Record<string, unknown> };
    });
  });
}

test.describe('A–Å', () => {
  const entryLinks = (page: Page) => page.locator('.pg-az-entry a[href^="/"]');
  const sitePath = (href: string) => new URL(href, DEMO.url).pathname.slice(DEMO.base.length - 1);
  // The index is split over pages by letter (AZ_PARTS); each test reads every page.
  const PARTS = AZ_PARTS.map((part) => part.path.slice(1));

  test('har hvert tilbud og hver side nøyaktig én gang, med ingress, fordelt på sidene', async ({ page }) => {
    const paths: string[] = [];
    for (const part of PARTS) {
      await page.goto(part);
      paths.push(...(await entryLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).map(sitePath));
      await expect(page.locator('.pg-az-entry p').first()).not.toBeEmpty();
    }
    const expected = [...contentFiles('tilbud'), ...contentFiles('sider')].map((file) => file.path);
    expect([...paths].sort()).toEqual([...expected].sort());
  });

  test('arkiverer sidene under ordet folk leter etter: «Demens» under D, «Kreft» under K', async ({ page }) => {
    for (const [letter, name, path] of [
      ['D', 'Demens', '/demens/'],
      ['K', 'Kreft', '/kreft/'],
      ['R', 'Rettigheter', '/rettigheter/'],
      ['P', 'Psykisk sykdom', '/psykisk-helse/'],
    ] as const) {
      // The letter in the row at the top leads to its group, on whichever page it is.
      await page.goto(PARTS[0]!);
      await page.getByRole('navigation', { name: nb['az.letters'] }).getByRole('link', { name: letter, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#bokstav-${letter.toLowerCase()}$`));
      const group = page.locator('.pg-az-group').filter({ has: page.getByRole('heading', { level: 2, name: letter, exact: true }) });
      const link = group.locator('.pg-az-entry > a').getByText(name, { exact: true });
      await expect(link, `${name} under ${letter}`).toHaveCount(1);
      expect(sitePath((await link.getAttribute('href'))!)).toBe(path);
    }
  });

  test('har ingen ting to ganger under to navn: hvert navn én gang, og andre navn viser til oppslaget', async ({ page }) => {
    const key = (name: string) => name.toLocaleLowerCase('nb').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const names: string[] = [];
    const sees: string[] = [];
    for (const part of PARTS) {
      await page.goto(part);
      names.push(
        ...[
          ...(await page.locator('.pg-az-entry > a, .pg-az-entry > .pg-az-name').allTextContents()),
          ...(await page.locator('.pg-az-see').evaluateAll((lines) => lines.map((line) => line.firstChild?.textContent?.replace(/,\s*$/, '') ?? ''))),
        ].map(key),
      );
      sees.push(...(await page.locator('.pg-az-see a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))));
      // The things that had two names before are one entry now.
      for (const name of ['Klage', 'Tolk', 'Hjelpemidler', 'Barn og unge som pårørende']) {
        const entry = page.locator('.pg-az-entry').filter({ has: page.locator('.pg-az-name', { hasText: new RegExp(`^${name}$`) }) });
        if ((await entry.count()) === 0) continue;
        await expect(entry, name).toHaveCount(1);
        expect(await entry.locator('ul a').count(), name).toBeGreaterThan(1);
      }
    }
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    for (const name of ['Klage', 'Tolk', 'Hjelpemidler', 'Barn og unge som pårørende']) expect(names, name).toContain(key(name));
    // Each «se» line leads to an entry, on this page or the other.
    for (const see of new Set(sees)) {
      await page.goto(see);
      await expect(page.locator(new URL(see).hash), see).toHaveCount(1);
    }
    await page.goto(PARTS[0]!);
    await expect(page.locator('.pg-az-see', { hasText: 'Alzheimer' }).getByRole('link')).toHaveText('Demens');
  });

  test('sorterer navnene etter alfabetet innen hver bokstav, og hver side har sine bokstaver', async ({ page }) => {
    for (const [index, part] of PARTS.entries()) {
      await page.goto(part);
      for (const group of await page.locator('.pg-az-group').all()) {
        const names = await group.locator(':scope > ul > li').evaluateAll((lines) =>
          lines.map((line) =>
            (line.classList.contains('pg-az-see') ? line.firstChild?.textContent : line.querySelector(':scope > a, :scope > .pg-az-name')?.textContent ?? '')!
              .trim()
              .replace(/,$/, ''),
          ),
        );
        const letter = (await group.locator('h2').textContent())!.trim();
        expect([...names].sort((a, b) => a.localeCompare(b, 'nb', { sensitivity: 'base', ignorePunctuation: true })), letter).toEqual(names);
        expect(partOf(AZ_PARTS, letter), `${letter} står på ${part}`).toBe(index);
      }
    }
  });

  test('bokstavene øverst er de samme på hver side, i alfabetets rekkefølge med Æ, Ø og Å sist', async ({ page }) => {
    const rows: string[][] = [];
    for (const part of PARTS) {
      await page.goto(part);
      rows.push((await page.getByRole('navigation', { name: nb['az.letters'] }).getByRole('link').allTextContents()).map((letter) => letter.trim()));
    }
    const order = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ'];
    expect(rows[0]).toEqual([...rows[0]!].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    for (const row of rows) expect(row).toEqual(rows[0]);
    await page.getByRole('navigation', { name: nb['az.letters'] }).getByRole('link').last().click();
    await expect(page).toHaveURL(/#bokstav-/);
  });
});

test.describe('rettighetene', () => {
  test('«Rettigheter» i menyen og «Hva har jeg rett til?» på forsiden leder til oversikten', async ({ page }) => {
    await page.goto('');
    await page.getByRole('navigation', { name: nb['nav.label'] }).getByRole('link', { name: nb['nav.rights'] }).click();
    await expect(page).toHaveURL(/\/rettigheter\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hva har jeg rett til?');
    await page.goto('');
    await page.getByRole('link', { name: 'Hva har jeg rett til?' }).click();
    await expect(page).toHaveURL(/\/rettigheter\/$/);
  });

  test('oversikten har hver rettighet og hver pengeordning på én linje, med lenke', async ({ page }) => {
    await page.goto('rettigheter/');
    const lines = page.locator('main .pg-prose li');
    const linked = new Map<string, number>();
    for (const line of await lines.all()) {
      const links = await line.getByRole('link').evaluateAll((found) => found.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      const text = (await line.textContent())!.trim();
      expect(links.length, text).toBeGreaterThanOrEqual(1);
      const own = links[0]!.slice(DEMO.base.length - 1);
      linked.set(own, (linked.get(own) ?? 0) + 1);
      // One line: the right in a sentence or two, not a page of text.
      expect(text.length, text).toBeLessThanOrEqual(200);
    }
    const rights = contentFiles('sider').filter((file) => file.data.section === 'rettigheter' && !['/rettigheter/', '/ordliste/'].includes(file.path));
    const money = contentFiles('tilbud').filter((file) => file.data.kind === 'vedtak' && (file.data.needs as string[]).includes('okonomi'));
    expect(rights.length).toBeGreaterThan(3);
    expect(money.length).toBeGreaterThan(3);
    for (const { path } of [...rights, ...money]) expect(linked.get(path), path).toBe(1);
  });
});

test.describe('brødsmulene', () => {
  const crumbs = (page: Page) => page.getByRole('navigation', { name: nb['breadcrumbs.label'] });

  for (const [path, trail] of [
    ['informasjon-samtykke-og-taushetsplikt/', [[nb['nav.home'], '/'], ['Rettigheter', '/rettigheter/']]],
    ['rettigheter/', [[nb['nav.home'], '/']]],
    ['demens/', [[nb['nav.home'], '/']]],
    ['tilbud/avlastning/', [[nb['nav.home'], '/'], [nb['nav.offers'], '/tilbud/']]],
  ] as const) {
    test(`/${path} følger den virkelige veien dit, og siden selv er ingen lenke`, async ({ page }) => {
      await page.goto(path);
      const links = await crumbs(page).getByRole('link').evaluateAll((found) => found.map((link) => [link.textContent?.trim(), new URL((link as HTMLAnchorElement).href).pathname]));
      expect(links.map(([label, href]) => [label, href!.slice(DEMO.base.length - 1)])).toEqual(trail.map((crumb) => [...crumb]));
      const current = crumbs(page).locator('[aria-current="page"]');
      await expect(current).toHaveText((await page.getByRole('heading', { level: 1 }).textContent())!.trim());
      expect(await current.evaluate((element) => element.closest('a'))).toBeNull();
    });
  }
});
