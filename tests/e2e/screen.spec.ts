/**
 * The waiting-room screen (/skjerm/) as it runs on a TV: every slide fits and is readable
 * from three metres at 1920 × 1080 and at 1280 × 720, with the office's phone and a QR code;
 * the round goes by itself (CSS, no JavaScript), stops under a pointer, and stands still on
 * the overview when motion is reduced; it passes axe, fetches nothing from others and sets
 * no cookie. Each slide is checked by stopping the animation at its turn; the long run
 * plays the animation fast: `PG_SCREEN_MINUTES` (default 10) minutes of screen time, and
 * `PG_SCREEN_REAL=1` runs them in real time (by hand, before a release).
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { DEMO, DEMO_IS_EXAMPLE } from '../support/sites';
import { t } from '../../src/i18n';

// The example's own screen: its office's phone, its offers and events (tests/support/sites.ts).
test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');

const PHONE = '12 34 56 78';
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
/** Readable from three metres: no text smaller than this share of the screen's height (36 px at 1080). */
const MIN_TEXT_SHARE = 0.033;

interface Watch {
  errors: string[];
  foreign: string[];
  scripts: string[];
}

async function open(page: Page, size: { width: number; height: number }): Promise<Watch> {
  const watch: Watch = { errors: [], foreign: [], scripts: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(DEMO.url).origin && !request.url().startsWith('data:')) watch.foreign.push(request.url());
    if (request.resourceType() === 'script') watch.scripts.push(request.url());
  });
  await page.setViewportSize(size);
  await page.goto('skjerm/');
  await page.waitForLoadState('load');
  return watch;
}

/**
 * How long one slide shows, in ms: the round's running animation shared out over the slides.
 * Read from the animation, not from `--pg-slide-time`, which the build gives a short name.
 */
const slideTime = (page: Page) =>
  page.evaluate(() => {
    const round = Number(document.getAnimations()[0]?.effect?.getComputedTiming().duration);
    return round / document.querySelectorAll('.pg-slide').length;
  });

/** Stops the round where slide `index` is halfway through its turn. */
async function show(page: Page, index: number, time: number): Promise<void> {
  await page.evaluate(
    ({ index, time }) => {
      for (const animation of document.getAnimations()) {
        animation.pause();
        animation.currentTime = (index + 0.5) * time;
      }
    },
    { index, time },
  );
}

/** The slide now on the screen, by its place in the round. */
const onScreen = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.pg-slide')].findIndex((slide) => Math.abs(slide.getBoundingClientRect().left) < 2));

/** What a person in front of the TV gets from slide `index`: text that is cut off or too small, the phone, the QR code. */
function inspect(page: Page, index: number) {
  return page.evaluate((index) => {
    const slide = document.querySelectorAll<HTMLElement>('.pg-slide')[index]!;
    const box = slide.getBoundingClientRect();
    const texts = [...slide.querySelectorAll<HTMLElement>('h1, h2, p, li, span')].filter((element) => element.textContent?.trim());
    const cut = texts
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.bottom > box.bottom + 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || element.scrollWidth > element.clientWidth + 1;
      })
      .map((element) => element.textContent?.trim().slice(0, 40));
    const code = slide.querySelector('svg.pg-qr__code')?.getBoundingClientRect();
    return {
      fills: Math.round(box.width) === innerWidth && Math.round(box.height) === innerHeight,
      overflows: slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1,
      cut,
      smallest: Math.min(...texts.map((element) => parseFloat(getComputedStyle(element).fontSize))),
      text: slide.innerText,
      code: code ? { width: code.width, height: code.height, inside: code.right <= box.right && code.bottom <= box.bottom } : undefined,
    };
  }, index);
}

for (const size of SIZES) {
  test(`ved ${size.width} × ${size.height} får hvert lysbilde plass, er lesbart på tre meters avstand og har telefon og QR-kode`, async ({ page }) => {
    const watch = await open(page, size);
    const slides = await page.locator('.pg-slide').count();
    expect(slides).toBeGreaterThanOrEqual(1 + 5 + 3);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(1);
    const time = await slideTime(page);
    expect(time).toBeGreaterThanOrEqual(8000);
    for (let index = 0; index < slides; index++) {
      await show(page, index, time);
      expect(await onScreen(page), `lysbilde ${index + 1} skal stå på skjermen`).toBe(index);
      const slide = await inspect(page, index);
      expect(slide.fills, `lysbilde ${index + 1} fyller skjermen`).toBe(true);
      expect(slide.overflows, `lysbilde ${index + 1} renner over`).toBe(false);
      expect(slide.cut, `tekst som er kuttet på lysbilde ${index + 1}`).toEqual([]);
      expect(slide.smallest, `minste skrift på lysbilde ${index + 1}`).toBeGreaterThanOrEqual(size.height * MIN_TEXT_SHARE);
      expect(slide.text).toContain(t('screen.call', { name: 'tjenestekontoret', phone: PHONE }));
      expect(slide.text).toContain(t('screen.example'));
      expect(slide.code?.inside, `QR-koden på lysbilde ${index + 1}`).toBe(true);
      expect(slide.code?.width ?? 0).toBeGreaterThanOrEqual(size.height * 0.25);
    }
    expect(watch.errors).toEqual([]);
  });
}

test('runden går av seg selv i Chromium uten feil, og viser hvert lysbilde', async ({ page }) => {
  const minutes = Number(process.env.PG_SCREEN_MINUTES ?? 10);
  const real = process.env.PG_SCREEN_REAL === '1';
  const speed = real ? 1 : 40;
  const wall = (minutes * 60_000) / speed;
  test.setTimeout(wall + 60_000);
  const watch = await open(page, SIZES[0]!);
  const slides = await page.locator('.pg-slide').count();
  await page.evaluate((speed) => document.getAnimations().forEach((animation) => (animation.playbackRate = speed)), speed);
  const seen = new Set<number>();
  const started = Date.now();
  let samples = 0;
  while (Date.now() - started < wall) {
    seen.add(await onScreen(page));
    samples++;
    await page.waitForTimeout(real ? 2000 : 100);
  }
  const state = await page.evaluate(() => document.getAnimations().map((animation) => ({ playState: animation.playState, time: Number(animation.currentTime) })));
  console.log(`Skjermen gikk ${minutes} minutter skjermtid (${Math.round(wall / 1000)} s i fart ×${speed}): ${samples} stikkprøver, ${seen.size} av ${slides} lysbilder sett, ${watch.errors.length} feil.`);
  expect(state).toEqual([{ playState: 'running', time: expect.any(Number) }]);
  expect(state[0]!.time).toBeGreaterThanOrEqual(minutes * 60_000 * 0.9);
  expect([...seen].sort((a, b) => a - b)).toEqual([...Array(slides).keys()]);
  expect(watch.errors, 'feil i konsollen').toEqual([]);
  expect(watch.foreign, 'forespørsler til andre nettsteder').toEqual([]);
  expect(watch.scripts, 'JavaScript').toEqual([]);
  expect(await page.locator('script').count()).toBe(0);
  expect(await page.context().cookies()).toEqual([]);
});

test('runden stopper når en peker hviler på den', async ({ page }) => {
  await open(page, SIZES[0]!);
  await page.mouse.move(400, 400);
  await expect.poll(() => page.evaluate(() => document.getAnimations()[0]?.playState)).toBe('paused');
});

test('med redusert bevegelse står oversikten stille, alene, og får plass', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, SIZES[1]!);
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  await expect(page.locator('.pg-slide:visible')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('screen.overviewHeading'));
  expect(await onScreen(page)).toBe(0);
  const slide = await inspect(page, 0);
  expect(slide.overflows).toBe(false);
  expect(slide.cut).toEqual([]);
  expect(slide.text).toContain(PHONE);
});

for (const size of [...SIZES, { width: 320, height: 800 }]) {
  test(`skjermen har ingen WCAG-brudd (axe, også 2.2) ved ${size.width} × ${size.height}`, async ({ page }) => {
    const watch = await open(page, size);
    expect(await axeViolations(page)).toEqual([]);
    if (size.width === 320) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
    expect(watch.errors).toEqual([]);
  });
}
