/**
 * The phone on the first screen: on a 320 × 568 and a 360 × 640 phone, without scrolling,
 * the front page and every guide page show a tap-to-call link to the assignment office,
 * and every offer page one to the offer's own contact (or the office, where the contact
 * has no number). On the demo site the example notice is at the top of every page too,
 * so it cannot be what pushes the phone off the screen.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { builtPages, DEMO, DEMO_IS_EXAMPLE, FIXTURE, FIXTURE_LOCAL_DIR, redirectTarget, type BuiltSite } from '../support/sites';

const FIRST_PHONE = { width: 320, height: 568 };
const PHONES = [FIRST_PHONE, { width: 360, height: 640 }];

const tel = (phone: string) => `tel:${phone.replace(/\s+/g, '')}`;

/** The guide pages (content files in sider/), the offer pages and the front page of a built site. */
function pagesOf(site: BuiltSite, localDir: string) {
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
async function telLinksOnFirstScreen(page: Page): Promise<string[]> {
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

for (const [name, site, localDir] of [
  ['eksempelkommunen', DEMO, 'content/lokalt'],
  ['testkommunen', FIXTURE, FIXTURE_LOCAL_DIR],
] as const) {
  const { front, offers, guides, officeTel, callTel } = pagesOf(site, localDir);

  const sizes = PHONES.map((phone) => `${phone.width} × ${phone.height}`).join(' og ');
  test(`${name}: telefonen står på første skjermbilde ved ${sizes} på forsiden, ${offers.length} tilbud og ${guides.length} veiledningssider`, async ({ browser }) => {
    test.setTimeout(300_000);
    expect(offers.length).toBeGreaterThan(0);
    const context = await browser.newContext({ viewport: FIRST_PHONE });
    const page = await context.newPage();
    const missing: string[] = [];

    /** Opens the page at the first size and checks it at every size, each as it opens (scrolled to the top). */
    const check = async (path: string, wanted: (page: Page) => Promise<string>) => {
      await page.setViewportSize(FIRST_PHONE);
      await page.goto(new URL(path.slice(1), site.url).href);
      const tel = await wanted(page);
      for (const size of PHONES) {
        await page.setViewportSize(size);
        const shown = await telLinksOnFirstScreen(page);
        if (!shown.includes(tel)) missing.push(`${path} ved ${size.width} × ${size.height}: ingen ${tel} på første skjermbilde (synlige: ${shown.join(', ') || 'ingen'})`);
      }
    };

    for (const path of [...front, ...guides]) await check(path, async () => callTel.get(path) ?? officeTel);
    // On an offer page, the offer's own contact is the one under «Hvem kontakter jeg?»; without a number there, the office.
    const offerTel = async (page: Page) =>
      (await page.evaluate(() => document.querySelector('section:has(> #hvem-kontakter-jeg) a[href^="tel:"]')?.getAttribute('href'))) ?? officeTel;
    for (const path of offers) await check(path, offerTel);

    if (site === DEMO && DEMO_IS_EXAMPLE) {
      await page.setViewportSize(FIRST_PHONE);
      await page.goto(site.url);
      await expect(page.getByText('Dette er et eksempel.'), 'eksempelmerknaden står øverst på eksempelkommunens sider').toBeInViewport();
    }
    expect(missing).toEqual([]);
    await context.close();
  });
}
