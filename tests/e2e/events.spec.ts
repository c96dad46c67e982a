/**
 * Courses, groups and cafés as a relative meets them: the next date on the offer's page
 * with a link that puts it in the phone's calendar (a real calendar file, read back with
 * ical.js), the calendar by month with filters, an event's page with schema.org data that
 * prints as one A4 notice, the front page and the brochure, and search.
 * The demo's season is dated from the build day; the test municipality's is fixed and
 * built as on 1 December 2026 (scripts/test.mjs), with one meeting on each side of the
 * change to summer time and one course that is over.
 */
import ICAL from 'ical.js';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { flat, printToPdf } from '../support/print';
import { DEMO_IS_EXAMPLE, FIXTURE } from '../support/sites';
import { wordsFor } from '../support/words';
import { t } from '../../src/i18n';

async function calendarFile(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

/** The absolute address a link on the page points to. */
const target = async (page: Page, name: string | RegExp) => new URL((await page.getByRole('link', { name }).first().getAttribute('href')) ?? '', page.url()).href;

test.describe('eksempelkommunen', () => {
  // The example's own events and places (tests/support/sites.ts).
  test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');

  test('på pårørendeskolens side står neste dato og påmelding før teksten, og to trykk legger kurset i kalenderen', async ({ page, request }) => {
    await page.goto('tilbud/parorendeskole/');
    const dates = page.locator('section[aria-labelledby="datoer"]');
    await expect(dates.getByRole('heading', { name: t('offerEvents.heading') })).toBeVisible();
    await expect(dates.getByRole('link', { name: 'Pårørendeskole om demens', exact: true })).toBeVisible();
    await expect(dates).toContainText(t('event.meetings', { count: 5 }));
    await expect(dates).toContainText(/Tirsdag \d+\. \p{L}+ \d{4}, kl\. 18\.00–20\.30/u);
    await expect(dates).toContainText(/Meld deg på innen \d+\. \p{L}+\./u);
    // Before the offer's own text: the section comes before the first heading of the text.
    const order = await page.evaluate(() => {
      const section = document.querySelector('section[aria-labelledby="datoer"]')!;
      const text = document.querySelector('.pg-prose h2')!;
      return section.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();

    const ics = await target(page, t('event.addToCalendarNamed', { title: 'Pårørendeskole om demens' }));
    expect(ics).toMatch(/\/parorende\/kalender\/parorendeskole-demens\.ics$/);
    const events = await calendarFile(request, ics);
    expect(events).toHaveLength(5);
    expect(events.map((event) => event.summary)).toEqual([1, 2, 3, 4, 5].map((n) => `Pårørendeskole om demens (${n} av 5)`));
    expect(events.every((event) => event.startDate.zone?.tzid === 'Europe/Oslo')).toBe(true);
    expect(events.map((event) => event.startDate.toJSDate().getDay())).toEqual([2, 2, 2, 2, 2]);
    expect(events[0]!.location).toBe('Helsehuset, kurssalen i 2. etasje, Eksempelveien 3, 0000 Eksempelby');
    expect(events[0]!.description).toContain(t('event.example'));
  });

  test('avlastningssiden viser informasjonsmøtet med dato og kalenderfil', async ({ page, request }) => {
    await page.goto('tilbud/avlastning/');
    const dates = page.locator('section[aria-labelledby="datoer"]');
    await expect(dates.getByRole('link', { name: 'Informasjonsmøte: avlastning og andre pauser', exact: true })).toBeVisible();
    await expect(dates).toContainText(/Mandag \d+\. \p{L}+ \d{4}, kl\. 18\.00–19\.30/u);
    await expect(dates).toContainText(t('event.signUpNotNeeded'));
    const events = await calendarFile(request, await target(page, /Legg i kalenderen: Informasjonsmøte/));
    expect(events).toHaveLength(1);
  });

  test('et tilbud uten datoer har ingen dato-del', async ({ page }) => {
    await page.goto('tilbud/omsorgsstonad/');
    await expect(page.locator('section[aria-labelledby="datoer"]')).toHaveCount(0);
  });

  test('kalenderen viser det som kommer måned for måned, og abonnementet har alt', async ({ page, request }) => {
    await page.goto('kalender/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('calendar.title'));
    await expect(page.getByText(/Kalenderen viser det som er planlagt per \p{L}+ \d+\. \p{L}+ \d{4}\./u)).toBeVisible();
    const months = await page.locator('.pg-calendar-month > h2').allTextContents();
    expect(months.length).toBeGreaterThanOrEqual(2);
    for (const month of months) expect(month).toMatch(/^\p{Lu}\p{Ll}+ \d{4}$/u);
    const titles = await page.locator('.pg-event h3').allTextContents();
    expect(titles.map((title) => title.trim())).toEqual(
      expect.arrayContaining(['Pårørendeskole om demens', 'Sorggruppe for voksne som har mistet noen etter lang sykdom', 'Pårørendekafé på dagsenteret']),
    );
    // The café is listed once per meeting, the course once.
    expect(titles.filter((title) => title.trim() === 'Pårørendekafé på dagsenteret')).toHaveLength(2);
    expect(titles.filter((title) => title.trim() === 'Pårørendeskole om demens')).toHaveLength(1);

    const feed = await page.getByRole('link', { name: /kalender\.ics$/ }).getAttribute('href');
    expect(feed).toBe('/parorende/kalender.ics');
    expect(await page.getByRole('link', { name: t('calendar.subscribeLink') }).getAttribute('href')).toBe('webcal://www.eksempel.kommune.no/parorende/kalender.ics');
    const events = await calendarFile(request, feed!);
    expect(events).toHaveLength(5 + 6 + 2 + 1);
  });

  test('filtrene er egne sider uten JavaScript: «Hjelp i sorgen» viser bare sorggruppen', async ({ page }) => {
    await page.goto('kalender/');
    await page.getByRole('link', { name: /^Hjelp i sorgen \(1\)$/ }).click();
    await expect(page).toHaveURL(/\/parorende\/kalender\/behov\/sorg\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('calendar.filterTitle', { label: 'Hjelp i sorgen' }));
    expect((await page.locator('.pg-event h3').allTextContents()).map((title) => title.trim())).toEqual(['Sorggruppe for voksne som har mistet noen etter lang sykdom']);
  });

  test('forsiden viser det som skjer de neste åtte ukene og lenker til kalenderen', async ({ page }) => {
    await page.goto('');
    const soon = page.locator('section[aria-labelledby="snart"]');
    await expect(soon.getByRole('heading', { name: t('home.eventsHeading') })).toBeVisible();
    await expect(soon.getByRole('link', { name: t('home.eventsLink') })).toHaveAttribute('href', '/parorende/kalender/');
    expect(await soon.locator('li').count()).toBeGreaterThanOrEqual(1);
  });

  test('arrangementets side har schema.org Event med Oslo-tid, og kan finnes i søket', async ({ page }) => {
    await page.goto('kalender/parorendeskole-demens/');
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json ?? '{}') as { '@graph': { '@type': string; name: string; startDate: string; subEvent: unknown[]; location: { address: { streetAddress: string } } }[] };
    const [event] = data['@graph'];
    expect(event).toMatchObject({ '@type': 'Event', name: 'Pårørendeskole om demens', location: { address: { streetAddress: 'Eksempelveien 3, 0000 Eksempelby' } } });
    expect(event!.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T18:00:00\+0[12]:00$/);
    expect(event!.subEvent).toHaveLength(5);
    await expect(page.locator('main[data-pagefind-body]')).toHaveCount(1);
  });

  test('søket finner kurset med et vanlig spørsmål og måneden det starter, «kurs demens <måned>»', async ({ page }) => {
    await page.goto('kalender/parorendeskole-demens/');
    const first = (await page.locator('.pg-event__meetings li').first().textContent()) ?? '';
    const month = /\d+\. (\p{L}+) \d{4}/u.exec(first)?.[1];
    expect(month).toBeTruthy();
    await page.goto('sok/');
    const query = `kurs demens ${month}`;
    await page.getByRole('searchbox', { name: t('search.label') }).fill(query);
    await expect(page.getByRole('status')).toContainText(`«${query}»`, { timeout: 20_000 });
    const top = await page.locator('.pg-result h2 a').evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(top).toContain('/parorende/kalender/parorendeskole-demens/');
  });

  test('arrangementet skrives ut som ett A4-oppslag med datoer, sted, påmelding, eksempelmerke og QR-kode til siden', async ({ page }) => {
    await page.goto('kalender/parorendeskole-demens/');
    const pdf = await printToPdf(page, 'oppslag-parorendeskole');
    expect(pdf.pages).toBe(1);
    const text = flat(pdf.text);
    expect(text).toContain('Pårørendeskole om demens');
    expect(text).toMatch(/Tirsdag \d+\. \p{L}+ \d{4}, kl\. 18\.00–20\.30/u);
    expect(text).toContain('Eksempelveien 3, 0000 Eksempelby');
    expect(text).toMatch(/Meld deg på innen \d+\. \p{L}+\./u);
    expect(text).toContain('12 34 56 78');
    expect(text).toContain(t('event.example'));
    // A long address may wrap after «-» or «/» on paper; the words are the same.
    expect(text.replace(/([-/])\s+/g, '$1')).toContain(`${t('print.qrText')} www.eksempel.kommune.no/parorende/kalender/parorendeskole-demens/`);
    expect(text).not.toContain(t('event.addToCalendar'));
    const codes = page.locator('svg.pg-qr__code');
    await expect(codes).toHaveCount(1);
    expect((await codes.boundingBox())?.width ?? 0).toBeGreaterThan(75);
  });

  test('brosjyren for pårørende lister kursene som kommer, og er fortsatt høyst to sider', async ({ page }) => {
    await page.goto('brosjyrer/for-parorende/');
    const courses = page.locator('.pg-brochure__events');
    await expect(courses.getByRole('heading', { name: t('general.eventsHeading') })).toBeVisible();
    await expect(courses.getByRole('link', { name: 'Pårørendeskole om demens' })).toBeVisible();
    await expect(courses).toContainText(/Pårørendeskole om demens: starter tirsdag \d+\. \p{L}+, påmelding innen \d+\. \p{L}+\./u);
    await expect(courses).not.toContainText('Pårørendekafé');
    const pdf = await printToPdf(page, 'brosjyre-med-kurs');
    expect(pdf.pages).toBeLessThanOrEqual(2);
    // On paper the courses stand beside the office's contact, so the lines of the two columns interleave in the text.
    expect(flat(pdf.text)).toContain(t('general.eventsHeading'));
    expect(flat(pdf.text)).toContain('Pårørendeskole om demens: starter');
  });
});

test.describe('testkommunen, bygd som 1. desember 2026', () => {
  // The test municipality writes nynorsk: its words come from its own dictionary, and its dates say «tysdag».
  const { t: tn } = wordsFor(FIXTURE);
  test.beforeAll(async ({ request }) => {
    const html = await (await request.get(`${FIXTURE.url}kalender/`)).text();
    expect(html, 'bygg testkommunen med PG_TODAY=2026-12-01 (scripts/test.mjs gjør det)').toContain(tn('calendar.updated', { date: 'tysdag 1. desember 2026' }));
  });

  test('informasjonsmøtene står i mars 2027, og kalenderfilen har dem kl. 18 norsk tid på begge sider av sommertiden', async ({ page, request }) => {
    await page.goto(`${FIXTURE.url}kalender/`);
    await expect(page.locator('.pg-calendar-month > h2')).toHaveText(['Mars 2027']);
    await expect(page.locator('.pg-event')).toHaveCount(2);
    await expect(page.locator('.pg-event').first()).toContainText(tn('event.time', { date: 'Tysdag 23. mars 2027', start: '18.00', end: '19.30' }));
    await expect(page.locator('.pg-event').first()).toContainText(tn('event.signUpBy', { date: '20. mars' }));
    await expect(page.locator('.pg-event').first().getByRole('link', { name: tn('event.signUpEmail', { email: 'tildeling@provestad.example' }) })).toHaveAttribute('href', 'mailto:tildeling@provestad.example');

    const events = await calendarFile(request, `${FIXTURE.url}kalender.ics`);
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual(['2027-03-23T17:00:00.000Z', '2027-03-30T16:00:00.000Z']);
    expect(events.map((event) => event.endDate.toJSDate().toISOString())).toEqual(['2027-03-23T18:30:00.000Z', '2027-03-30T17:30:00.000Z']);
    const text = await (await request.get(`${FIXTURE.url}kalender.ics`)).text();
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20270323T180000');
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20270330T180000');
    expect(text.toLowerCase()).not.toContain('eksempel');
  });

  test('avlastningssiden viser neste møte; kurset som er over, er borte fra lister og kalenderfiler', async ({ page, request }) => {
    await page.goto(`${FIXTURE.url}tilbud/avlastning/`);
    await expect(page.locator('section[aria-labelledby="datoer"]')).toContainText(tn('event.time', { date: 'Tysdag 23. mars 2027', start: '18.00', end: '19.30' }));
    expect((await request.get(`${FIXTURE.url}kalender/hva-med-oss-hosten.ics`)).status()).toBe(404);
    await page.goto(`${FIXTURE.url}kalender/`);
    await expect(page.getByText('«Kva med oss?» Kurs hausten 2026')).toHaveCount(0);
  });

  test('når ingen datoer er planlagt, sier tilbudets side det og hvem du kan spørre', async ({ page }) => {
    await page.goto(`${FIXTURE.url}tilbud/hva-med-oss/`);
    const dates = page.locator('section[aria-labelledby="datoer"]');
    await expect(dates).toContainText(tn('offerEvents.none', { name: 'familievernkontoret' }));
  });

  test('siden til et arrangement som er over, står fortsatt og sier hvor du finner det neste', async ({ page }) => {
    await page.goto(`${FIXTURE.url}kalender/hva-med-oss-hosten/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tn('event.overTitle', { title: '«Kva med oss?» Kurs hausten 2026' }));
    await expect(page.getByText(/^Dette er over\./)).toBeVisible();
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
    await expect(page.locator('main[data-pagefind-body]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: tn('calendar.allLink') })).toHaveAttribute('href', '/kalender/');
  });

  test('forsiden lenker ikke til kalenderen når ingenting skjer de neste åtte ukene', async ({ page }) => {
    await page.goto(FIXTURE.url);
    await expect(page.locator('section[aria-labelledby="snart"]')).toHaveCount(0);
  });
});
