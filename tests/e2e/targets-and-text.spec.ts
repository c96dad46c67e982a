/**
 * What a tired relative meets on a phone, measured: a card that is one link, phone numbers that never wrap,
 * e-mail addresses that wrap only after «@» and «.», headings that hyphenate; links that
 * read as links in dark mode; and an offer page with its contact beside the text on a wide
 * screen, its info sheet and its short address. Targets of at least 24 × 24 px and a menu
 * 44 px high are checked on every page, in tests/e2e/every-page.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { parse } from 'yaml';
import { builtPages, DEMO, DEMO_IS_EXAMPLE, FIXTURE, redirectTarget } from '../support/sites';

// A municipality without an offer on avlastning (or with it still a draft) lacks those pages.
const built = (paths: string[]) => paths.filter((path) => builtPages(DEMO.dir).includes(path));

const open = (page: Page, path: string) => page.goto(path.slice(1));

test.describe('et kort er ett mål', () => {
  for (const path of built(['/', '/tilbud/', '/tilbud/behov/avlastning/'])) {
    test(`${path}: hvert kort har én lenke med tittelen som navn, og hele kortet treffer den`, async ({ page }) => {
      await open(page, path);
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main .ds-card')].map((card) => {
          const links = [...card.querySelectorAll('a')];
          const heading = card.querySelector('h2, h3');
          const box = card.getBoundingClientRect();
          // The card's lower right corner, away from the title: what a thumb hits there.
          card.scrollIntoView({ block: 'center' });
          const inner = card.getBoundingClientRect();
          const hit = document.elementFromPoint(inner.right - 6, inner.bottom - 6)?.closest('a');
          return {
            links: links.length,
            name: links[0]?.textContent?.trim(),
            title: heading?.textContent?.trim(),
            height: box.height,
            hitsLink: hit !== null && hit === links[0],
          };
        }),
      );
      expect(cards.length).toBeGreaterThan(2);
      for (const card of cards) {
        expect(card, `kortet «${card.title}»`).toMatchObject({ links: 1, name: card.title, hitsLink: true });
      }
    });
  }

  test('et trykk nederst på et tilbudskort åpner tilbudet', async ({ page }) => {
    test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');
    await open(page, '/tilbud/');
    const card = page.locator('main .ds-card', { has: page.getByRole('link', { name: 'Avlastning', exact: true }) });
    const box = (await card.boundingBox())!;
    await card.click({ position: { x: box.width - 8, y: box.height - 8 } });
    await page.waitForURL(/\/tilbud\/avlastning\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avlastning');
  });
});

// A tel: link never wraps (site.css), so one that is a whole sentence («Ring tjenestekontoret på
// 12 34 56 78») would run off a phone's screen: the sentence wraps, and only the number is kept
// whole, in .pg-nowrap. Read from the built files of both sites, every page, the parts shown
// without JavaScript (<noscript>) included.
for (const site of [DEMO, FIXTURE]) {
  test(`${site.dir}: en tel:-lenke med mer tekst enn nummeret holder bare nummeret samlet`, () => {
    const problems: string[] = [];
    let sentences = 0;
    for (const path of builtPages(site.dir)) {
      const html = readFileSync(join(site.dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      for (const [, inner] of html.matchAll(/<a\b[^>]*href="tel:[^"]*"[^>]*>([\s\S]*?)<\/a>/g)) {
        const text = inner!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
        if (/^[+\d ]+$/.test(text)) continue;
        sentences += 1;
        if (!/class="[^"]*\bpg-nowrap\b/.test(inner!)) problems.push(`${path}: «${text}»`);
      }
    }
    expect(sentences, 'sider med telefonlenker som er en hel setning').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
}

test.describe('tekst som brytes godt, ved 320 px', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  /** For each matching element: the characters after which a line ends inside it. */
  const lineEnds = (page: Page, selector: string) =>
    page.evaluate((selector) => {
      return [...document.querySelectorAll(selector)].map((element) => {
        const text = element.textContent ?? '';
        const ends: string[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let previous: { top: number; char: string } | undefined;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < (node.textContent ?? '').length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            const char = node.textContent![i]!;
            if (previous && rect.top > previous.top + 2) ends.push(previous.char);
            previous = { top: rect.top, char };
          }
        }
        return { text, ends };
      });
    }, selector);

  for (const path of built(['/', '/tilbud/avlastning/', '/eldre/', '/tilbud/'])) {
    test(`${path}: telefonnumre brytes aldri, e-postadresser bare etter @ og punktum`, async ({ page }) => {
      await open(page, path);
      const phones = await lineEnds(page, 'a[href^="tel:"]:not(:has(.pg-nowrap)), .pg-nowrap');
      expect(phones.length).toBeGreaterThan(0);
      for (const phone of phones) expect(phone.ends, `«${phone.text}» går over flere linjer`).toEqual([]);
      for (const email of await lineEnds(page, 'a[href^="mailto:"]')) {
        for (const end of email.ends) expect(['@', '.'], `«${email.text}» er brutt etter «${end}»`).toContain(end);
      }
    });
  }

  test('forsidens e-postadresse er for lang for én linje, og brytes etter @ eller punktum', async ({ page }) => {
    await open(page, '/');
    const [email] = await lineEnds(page, '.pg-call a[href^="mailto:"]');
    expect(email?.ends.length).toBeGreaterThan(0);
  });

  test('overskrifter deler lange ord med bindestrek etter norske regler, ikke hvor som helst', async ({ page }) => {
    await open(page, '/barn-med-sykdom-eller-funksjonsnedsettelse/');
    // Hyphenation follows the page's language: the site's written language, bokmål in the example.
    expect(await page.locator('html').getAttribute('lang')).toBe(DEMO.language);
    for (const heading of await page.locator('main :is(h1, h2, h3)').all()) {
      const style = await heading.evaluate((element) => ({ hyphens: getComputedStyle(element).hyphens, wrap: getComputedStyle(element).overflowWrap }));
      expect(style, await heading.innerText()).toEqual({ hyphens: 'auto', wrap: 'break-word' });
    }
  });
});

test.describe('mørk modus', () => {
  test.use({ colorScheme: 'dark' });

  /** Links whose text contrast on their background is lower than the body text's would be there. */
  const dimLinks = (page: Page) =>
    page.evaluate(() => {
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const [R, G, B] = [r, g, b].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
      };
      const contrast = (a: number[], b: number[]) => {
        const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x! + 0.05) / (y! + 0.05);
      };
      const background = (element: Element | null): number[] => {
        for (let e = element; e; e = e.parentElement) {
          const [r, g, b, a = 1] = rgb(getComputedStyle(e).backgroundColor);
          if (a > 0 && getComputedStyle(e).backgroundColor !== 'transparent') return [r!, g!, b!];
        }
        return [255, 255, 255];
      };
      const bodyText = rgb(getComputedStyle(document.body).color);
      return [...document.querySelectorAll('a[href]')]
        .filter((link) => link.getBoundingClientRect().width > 0 && !link.closest('.ds-skip-link, .ds-button'))
        .map((link) => ({
          text: (link.textContent ?? '').trim().slice(0, 40),
          ratio: contrast(rgb(getComputedStyle(link).color), background(link)),
          body: contrast(bodyText, background(link)),
        }))
        .filter((link) => link.ratio < link.body - 0.05)
        .map((link) => `«${link.text}» ${link.ratio.toFixed(1)}:1 mot brødtekstens ${link.body.toFixed(1)}:1`);
    });

  for (const path of built(['/', '/tilbud/', '/tilbud/avlastning/', '/eldre/'])) {
    // One document, checked wide and then narrowed to a phone's width: a content page has no
    // script, so narrowing the window is what a phone shows.
    test(`${path} ved 1280 og 320 px: lenker og korttitler er minst like tydelige som brødteksten, og axe finner ingen brudd`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, path);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 800 });
        expect.soft(await dimLinks(page), `svake lenker ved ${width} px`).toEqual([]);
        expect.soft(await axeViolations(page), `WCAG-brudd i mørk modus ved ${width} px`).toEqual([]);
      }
    });
  }
});

test.describe('en tilbudsside man kan handle på', () => {
  // The example's offer on avlastning and its short addresses (tests/support/sites.ts).
  test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');

  test('på en bred skjerm står kontakten og «Slik får du det» ved siden av teksten, på mobil under ingressen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, '/tilbud/avlastning/');
    const text = (await page.locator('.pg-prose').boundingBox())!;
    const contact = (await page.locator('section:has(> #hvem-kontakter-jeg)').boundingBox())!;
    const facts = (await page.getByText('Slik får du det', { exact: true }).boundingBox())!;
    expect(contact.x).toBeGreaterThan(text.x + text.width);
    expect(facts.x).toBeGreaterThan(text.x + text.width);
    expect(facts.y).toBeLessThan(800);
    await expect(page.locator('main a[href^="tel:"]').filter({ visible: true }).first()).toBeInViewport();

    await page.setViewportSize({ width: 320, height: 568 });
    const narrowText = (await page.locator('.pg-prose').boundingBox())!;
    const narrowContact = (await page.locator('section:has(> #hvem-kontakter-jeg)').boundingBox())!;
    expect(narrowContact.x).toBeLessThan(narrowText.x + 1);
  });

  test('hvert tilbud lenker til infoarket sitt, og viser den korte adressen der den finnes', () => {
    const korte = [`${DEMO.nationalDir}/omdirigeringer.yaml`, `${DEMO.localDir}/omdirigeringer.yaml`]
      .filter((file) => existsSync(file))
      .flatMap((file) => Object.entries((parse(readFileSync(file, 'utf8')) as { korte?: Record<string, string> }).korte ?? {}));
    const host = new URL(DEMO.url).pathname; // the base, /parorende/
    const offers = builtPages(DEMO.dir).filter((path) => /^\/tilbud\/[a-z0-9-]+\/$/.test(path) && !redirectTarget(DEMO, path));
    expect(offers.length).toBeGreaterThan(20);
    let withShort = 0;
    for (const path of offers) {
      const id = path.split('/')[2]!;
      const html = readFileSync(join(DEMO.dir, path, 'index.html'), 'utf8');
      expect(html, `${path} lenker til infoarket`).toContain(`href="${DEMO.base}brosjyrer/tilbud/${id}/"`);
      expect(existsSync(join(DEMO.dir, 'brosjyrer/tilbud', id, 'index.html')), `infoarket til ${id} finnes`).toBe(true);
      const text = html.replace(/<wbr>/g, '');
      for (const [short] of korte.filter(([, target]) => target === id)) {
        withShort += 1;
        expect(text, `${path} viser den korte adressen`).toContain(`www.eksempel.kommune.no${host}${short}<`);
      }
    }
    expect(withShort).toBeGreaterThan(0);
  });

  test('den korte adressen på siden fører tilbake til tilbudet', async ({ page }) => {
    await open(page, '/tilbud/avlastning/');
    const said = (await page.locator('.pg-offer__short').innerText()).trim();
    expect(said).toBe('www.eksempel.kommune.no/parorende/avlastning');
    await page.goto(new URL(said.slice(said.indexOf('/') + 1) + '/', new URL('/', DEMO.url)).href);
    await page.waitForURL(/\/parorende\/tilbud\/avlastning\/$/);
  });
});
