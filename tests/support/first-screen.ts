/**
 * The phone on the first screen: which tap-to-call link a page must show without scrolling
 * on a 320 × 568 and a 360 × 640 phone. The front page and every guide page: the assignment
 * office (or the page's own `callContact`, as on the pages for children and young people);
 * every offer page: the offer's own contact under «Hvem kontakter jeg?», or the office where
 * the contact has no number. Used by tests/e2e/every-page.spec.ts (the demo, in the visit
 * that checks everything else) and tests/e2e/first-screen.spec.ts (the test municipality).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { builtPages, redirectTarget, type BuiltSite } from './sites';

export const FIRST_PHONE = { width: 320, height: 568 };
export const PHONES = [FIRST_PHONE, { width: 360, height: 640 }];

const tel = (phone: string) => `tel:${phone.replace(/\s+/g, '')}`;

/** The guide pages (content files in sider/), the offer pages and the front page of a built site. */
export function pagesOf(site: BuiltSite, localDir: string) {
  const guideFiles = [join(site.nationalDir, 'sider'), join(localDir, 'sider')]
    .filter((dir) => existsSync(dir))
    // A file starting with `_` is a shared text that pages bring in, not a page of its own.
    .flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).map((name) => join(dir, name)));
  const guideIds = guideFiles.map((file) => file.replace(/^.*\//, '').slice(0, -'.mdx'.length));
  // A page for children or young people names its own contact (callContact): its phone, not the office's.
  const callTel = new Map<string, string>();
  for (const file of guideFiles) {
    const contact = (parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as { callContact?: string }).callContact;
    if (!contact) continue;
    const contactFile = [join(site.nationalDir, 'kontakter', `${contact}.yaml`), join(localDir, 'kontakter', `${contact}.yaml`)].find((path) => existsSync(path))!;
    callTel.set(`/${file.replace(/^.*\//, '').slice(0, -'.mdx'.length)}/`, tel((parse(readFileSync(contactFile, 'utf8')) as { phone: string }).phone));
  }
  const built = builtPages(site.dir).filter((path) => !redirectTarget(site, path));
  const offers = built.filter((path) => /^\/tilbud\/[a-z0-9-]+\/$/.test(path));
  const guides = guideIds.map((id) => `/${id}/`);
  for (const path of guides) expect(built, `sida ${path} er bygget`).toContain(path);
  const office = (parse(readFileSync(join(localDir, 'profil.yaml'), 'utf8')) as { office: { phone: string } }).office.phone;
  return { front: ['/'], offers, guides, officeTel: tel(office), callTel };
}

/** The tel: links on the page that are wholly inside the window as it opens, by href. */
export async function telLinksOnFirstScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { innerWidth, innerHeight, scrollY } = window;
    if (scrollY !== 0) return [];
    return [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="tel:"]')]
      .filter((link) => {
        const box = link.getBoundingClientRect();
        const style = getComputedStyle(link);
        return box.width > 0 && box.height > 0 && style.visibility === 'visible' && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
      })
      .map((link) => link.getAttribute('href') ?? '');
  });
}


/**
 * For each page that must show a phone first, how to find the number it must show: the
 * office's (or the page's callContact's), or on an offer page the contact's as the page shows it.
 */
export function phoneFirstPages(site: BuiltSite, localDir: string): Map<string, (page: Page) => Promise<string>> {
  const { front, offers, guides, officeTel, callTel } = pagesOf(site, localDir);
  const wanted = new Map<string, (page: Page) => Promise<string>>();
  for (const path of [...front, ...guides]) wanted.set(path, async () => callTel.get(path) ?? officeTel);
  const offerTel = async (page: Page) =>
    (await page.evaluate(() => document.querySelector('section:has(> #hvem-kontakter-jeg) a[href^="tel:"]')?.getAttribute('href'))) ?? officeTel;
  for (const path of offers) wanted.set(path, offerTel);
  return wanted;
}

/**
 * Checks the page as it opened (scrolled to the top) at every phone size, and leaves the
 * window at the first. Returns what is missing, one line per size.
 */
export async function missingPhone(page: Page, path: string, wanted: (page: Page) => Promise<string>): Promise<string[]> {
  const tel = await wanted(page);
  const missing: string[] = [];
  for (const size of PHONES) {
    await page.setViewportSize(size);
    const shown = await telLinksOnFirstScreen(page);
    if (!shown.includes(tel)) missing.push(`${path} ved ${size.width} × ${size.height}: ingen ${tel} på første skjermbilde (synlige: ${shown.join(', ') || 'ingen'})`);
  }
  await page.setViewportSize(FIRST_PHONE);
  return missing;
}
