/**
 * The English section under /en/ (docs/adr/0017-engelsk-del.md), in both sites: every English
 * page is `lang="en"` and links to its Norwegian page, which links back; the `hreflang`
 * alternates agree both ways; an offer without English says so and links to the Norwegian
 * page; no Norwegian UI words on an English page. In Chromium: the English search finds English
 * pages and no Norwegian ones (and the Norwegian search no English ones), and the English guide
 * reaches a result with the keyboard alone, with focus on its heading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Element } from 'hast';
import { en } from '../../src/i18n/en';
import { builtPages, DEMO, DEMO_IS_EXAMPLE, FIXTURE, type BuiltSite } from '../support/sites';
import { findAll, hasClass, textOf, visibleTree } from '../support/visibleText';

interface Built {
  path: string;
  lang: string | undefined;
  /** `hreflang` → site path, from `<link rel="alternate">`. */
  alternates: Map<string, string>;
  /** Every link in the page: site path, `lang` and `hreflang`. */
  links: { path: string; lang?: string | undefined; hreflang?: string | undefined }[];
  html: string;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** A link's site path without the base (`/tilbud/avlastning/`), or undefined for another site, tel: or mailto:. */
function sitePath(site: BuiltSite, href: string, siteHost: string): string | undefined {
  let path: string;
  if (/^https?:\/\//.test(href)) {
    const url = new URL(href);
    if (url.host !== siteHost) return undefined;
    path = url.pathname;
  } else if (href.startsWith('/')) path = href.split(/[?#]/)[0]!;
  else return undefined;
  return path.startsWith(site.base) ? `/${path.slice(site.base.length)}` : undefined;
}

function read(site: BuiltSite): Map<string, Built> {
  const pages = new Map<string, Built>();
  const siteHost = new URL(/^siteUrl:\s*["']?([^"'\s]+)/m.exec(readFileSync(join(site.localDir, 'profil.yaml'), 'utf8'))![1]!).host;
  for (const path of builtPages(site.dir).filter((page) => page.endsWith('/'))) {
    const html = readFileSync(join(site.dir, `${path}index.html`), 'utf8');
    if (/<meta http-equiv="refresh" content="0; url=/.test(html.replace(/<noscript>[\s\S]*?<\/noscript>/g, ''))) continue;
    const alternates = new Map<string, string>();
    for (const tag of html.match(/<link rel="alternate" hreflang[^>]*>/g) ?? []) alternates.set(attr(tag, 'hreflang')!, sitePath(site, attr(tag, 'href')!, siteHost)!);
    const links = (html.match(/<a\s[^>]*>/g) ?? []).flatMap((tag) => {
      const href = attr(tag, 'href');
      const path = href ? sitePath(site, href, siteHost) : undefined;
      return path ? [{ path: path.replace(/#.*$/, ''), lang: attr(tag, 'lang'), hreflang: attr(tag, 'hreflang') }] : [];
    });
    pages.set(path, { path, lang: attr(/<html[^>]*>/.exec(html)![0], 'lang'), alternates, links, html });
  }
  return pages;
}

/** Norwegian UI words that must never show on an English page (outside what is marked as Norwegian, and the sources' titles). */
const NORWEGIAN_UI = ['Hopp til', 'Søk', 'Ring', 'Tilbud', 'Forsiden', 'Hovedmeny', 'Du er her', 'Kilder', 'Sist kontrollert', 'Slik får du det', 'Kontakt', 'Åpent', 'Neste', 'Tilbake', 'Skriv ut', 'Alle tilbud', 'Rettigheter'];
const uiPattern = new RegExp(`(?<![\\p{L}])(${NORWEGIAN_UI.join('|')})(?![\\p{L}])`, 'u');

/** What an English page shows and says in English: without elements marked as another language and without the sources (quoted titles). */
function englishText(html: string): string {
  const tree = visibleTree(html);
  const prune = (node: { children: unknown[] }) => {
    node.children = node.children.filter((child) => {
      const element = child as Element;
      if (element.type !== 'element') return true;
      if (hasClass(element, 'pg-sources')) return false;
      const lang = element.properties?.lang;
      return lang === undefined || String(lang) === 'en';
    });
    for (const child of node.children) if ((child as Element).type === 'element') prune(child as Element);
  };
  prune(tree);
  const named = findAll(tree, (element) => element.properties?.ariaLabel !== undefined || element.properties?.alt !== undefined);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  return [title, textOf(tree), ...named.map((element) => String(element.properties.ariaLabel ?? element.properties.alt))].join('\n');
}

test.describe('den engelske delen', () => {
  test('kontrollen av norske ord finner dem, men ikke det som er merket som norsk', () => {
    expect(englishText('<html lang="en"><head><title>Help</title></head><body><a href="/">Hopp til hovedinnholdet</a></body></html>')).toMatch(uiPattern);
    expect(englishText('<html lang="en"><head><title>Help</title></head><body><span lang="nb">Tilbud</span><section class="pg-sources">Kilder</section></body></html>')).not.toMatch(uiPattern);
    expect('Ringing bells and Tilbudet'.match(uiPattern)).toBeNull();
  });

  for (const site of [DEMO, FIXTURE]) {
    const pages = read(site);
    const english = [...pages.values()].filter((page) => page.path.startsWith('/en/'));

    test(`${site.dir}: hver engelske side har lang="en", lenker til sin norske side, og den lenker tilbake`, () => {
      expect(english.length, 'engelske sider').toBeGreaterThan(10);
      for (const page of english) {
        expect(page.lang, `${page.path}: lang`).toBe('en');
        // The Norwegian page: the alternate in the site's language, or (an offer not in English) the page it links to instead.
        const norwegian = page.links.find((link) => link.hreflang === site.language && !link.path.startsWith('/en/'));
        expect(norwegian, `${page.path}: lenke til den norske siden`).toBeDefined();
        expect(norwegian!.lang ?? norwegian!.hreflang, `${page.path}: den norske lenken er merket som norsk`).toBe(site.language);
        const paired = page.alternates.get(site.language);
        if (paired) expect(page.links.some((link) => link.path === paired && link.hreflang === site.language), `${page.path}: lenker til ${paired}`).toBe(true);
        const target = pages.get(paired ?? norwegian!.path);
        expect(target, `${page.path}: ${paired ?? norwegian!.path} finnes`).toBeDefined();
        const back = target!.links.filter((link) => link.hreflang === 'en' && link.lang === 'en');
        expect(back.length, `${target!.path}: lenken «English»`).toBeGreaterThan(0);
        if (paired) expect(back.map((link) => link.path), `${target!.path} lenker tilbake til ${page.path}`).toContain(page.path);
      }
      // The Norwegian pages link to English from the header: the front page, and the interpreter page in its text too.
      expect(pages.get('/')!.links.some((link) => link.path === '/en/' && link.lang === 'en')).toBe(true);
      expect(pages.get('/tolk-og-annet-morsmal/')!.links.filter((link) => link.path === '/en/interpreter/').length).toBeGreaterThanOrEqual(2);
    });

    test(`${site.dir}: hreflang-parene stemmer begge veier`, () => {
      let pairs = 0;
      for (const page of pages.values()) {
        // Pages with an English version; a site with a second written language (docs/adr/0018) also
        // pairs its two Norwegian versions, which both-written-languages.spec.ts reads.
        if (!page.alternates.has('en')) continue;
        pairs += 1;
        expect(page.alternates.get(page.lang!), `${page.path}: peker på seg selv`).toBe(page.path);
        const second = site.also && page.alternates.has(site.also) ? [site.also] : [];
        expect([...page.alternates.keys()].sort(), `${page.path}: språkene`).toEqual(['en', site.language, 'x-default', ...second].sort());
        expect(page.alternates.get('x-default'), `${page.path}: x-default er den norske siden`).toBe(page.alternates.get(site.language));
        for (const [hreflang, path] of page.alternates) {
          const other = pages.get(path);
          expect(other, `${page.path}: ${hreflang} → ${path} finnes`).toBeDefined();
          expect(other!.lang, `${path}: lang`).toBe(hreflang === 'x-default' ? site.language : hreflang);
          expect(Object.fromEntries(other!.alternates), `${path} har de samme alternativene som ${page.path}`).toEqual(Object.fromEntries(page.alternates));
        }
      }
      expect(pairs, 'sider med hreflang').toBeGreaterThan(10);
    });

    test(`${site.dir}: et tilbud uten engelsk sier det og lenker til den norske siden`, () => {
      const missing = english.filter((page) => /^\/en\/offers\/[a-z0-9-]+\/$/.test(page.path) && page.alternates.size === 0);
      expect(missing.length, 'tilbud uten engelsk').toBeGreaterThan(0);
      for (const page of missing) {
        const id = page.path.split('/')[3]!;
        const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)![1]!.replace(/<[^>]+>/g, '');
        expect(heading, `${page.path}: overskriften`).toContain(en['en.offerMissingTitle'].replace('{title}', ''));
        expect(page.links.some((link) => link.path === `/tilbud/${id}/` && link.hreflang === site.language), `${page.path}: lenke til /tilbud/${id}/`).toBe(true);
        expect(page.html, `${page.path}: ikke i det engelske søket`).not.toContain('data-pagefind-body');
        // The Norwegian page does not call it its English version.
        expect(pages.get(`/tilbud/${id}/`)!.alternates.has('en'), `/tilbud/${id}/: ingen hreflang til en side som ikke er engelsk`).toBe(false);
      }
    });

    test(`${site.dir}: ingen norske ord fra grensesnittet på de engelske sidene`, () => {
      const found: Record<string, string> = {};
      for (const page of english) {
        const match = uiPattern.exec(englishText(page.html));
        if (match) found[page.path] = match[0];
      }
      expect(found).toEqual({});
    });
  }
});

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

async function tab(page: Page, until: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    if (await until()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Kom ikke til ${what} med Tab`);
}

/** The answers of the English journey, where a question offers them; otherwise its first answer. */
const ADULT = ['Partner, husband, wife or cohabitant', 'No', '18–66', 'Dementia or poor memory', 'A break', 'More than 30 hours a week'];

test.describe('engelsk i nettleseren', () => {
  test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');

  test('det engelske søket finner engelske sider og ingen norske, og det norske ingen engelske', async ({ page }) => {
    await page.goto('en/search/');
    const field = page.getByRole('searchbox', { name: en['search.label'] });
    await field.fill('respite');
    await expect(page.getByRole('status')).toContainText('«respite»', { timeout: 15_000 });
    const paths = await page.locator('.pg-result h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths).toContain(`${DEMO.base}en/offers/avlastning/`);
    expect(paths.filter((path) => !path.startsWith(`${DEMO.base}en/`)), 'norske sider i det engelske søket').toEqual([]);

    // The Norwegian search, with a word the Norwegian interpreter page also has («interpreter»), finds no English page.
    await page.goto('sok/');
    await page.getByRole('searchbox').fill('interpreter');
    await expect(page.getByRole('status')).toContainText('«interpreter»', { timeout: 15_000 });
    const norwegian = await page.locator('.pg-result h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(norwegian.length).toBeGreaterThan(0);
    expect(norwegian.filter((path) => path.startsWith(`${DEMO.base}en/`)), 'engelske sider i det norske søket').toEqual([]);
  });

  test('veiviseren på engelsk med tastaturet alene: spørsmål for spørsmål til resultatet, med fokus på overskriften', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('en/what-matters-to-you/');
    const form = page.locator('.pg-guide form');
    await expect(form).toBeVisible();
    const next = form.getByRole('button', { name: en['guide.next'] });
    const result = page.getByRole('heading', { level: 2, name: en['guide.resultHeading'] });
    const asked: string[] = [];
    for (let step = 0; step < 15 && !(await result.isVisible()); step += 1) {
      // Focus moves to each new question's heading (it starts with «Question n of m»).
      const heading = form.locator('h2');
      if (step > 0) await expect(heading).toBeFocused();
      asked.push((await heading.textContent()) ?? '');
      // An adult partner who needs a break, with the keyboard: a radio with the arrow keys, a checkbox with Space.
      const labels = await form.locator('label').allTextContents();
      const label = labels.map((text) => text.trim()).find((text) => ADULT.includes(text)) ?? labels[0]!.trim();
      const radio = form.getByRole('radio', { name: label, exact: true });
      if ((await radio.count()) > 0) {
        await tab(page, () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'), 'svarene');
        for (let i = 0; i < 20 && !(await isFocused(radio)); i += 1) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Space');
        await expect(radio).toBeChecked();
      } else {
        const box = form.getByRole('checkbox', { name: label, exact: true });
        await tab(page, () => isFocused(box), label);
        await page.keyboard.press('Space');
        await expect(box).toBeChecked();
      }
      await tab(page, () => isFocused(next), en['guide.next']);
      await page.keyboard.press('Enter');
    }
    await expect(result).toBeFocused();
    expect(asked[0]).toContain('Who are you to the person you help?');
    expect(asked[0]).toContain('Question 1 of');
    expect(asked.length).toBeGreaterThan(4);
    // The offers link to their English pages; the call script is English.
    const offers = await page.locator('.pg-guide-offer h4 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.every((path) => path.startsWith(`${DEMO.base}en/offers/`)), offers.join(', ')).toBe(true);
    await expect(page.locator('.pg-guide-result')).toContainText('This is what you can say when you call');
    // The answers stay in the address's fragment.
    expect(new URL(page.url()).hash).toContain('relasjon=');
  });
});
