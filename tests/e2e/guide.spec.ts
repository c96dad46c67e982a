/**
 * «Hva er viktig for deg?» in Chromium, with the keyboard alone: eight relatives answer the
 * questions, see where they are («Spørsmål 3 av 9»), and get at the top the offers a careful
 * caseworker would point to, on a result that at 320 px reaches the helplines within four
 * screens. Every state has zero axe violations, focus lands on each new heading, the count is
 * announced, and the guide works at 320 px and 200 % zoom. A child gets the helplines for
 * children, from the contact files. A pre-filled link opens the result; a hostile one shows
 * nothing injected; no answer ever leaves the browser. A cold load is at most 35 KB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { parse } from 'yaml';
import { DEMO, DEMO_IS_EXAMPLE } from '../support/sites';
import { nb } from '../../src/i18n/nb';

// These tests read the example municipality's own offers and words (tests/support/sites.ts).
test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');

const GUIDE = 'hva-er-viktig-for-deg/';
const axe = axeViolations;

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

async function tabTo(page: Page, locator: Locator): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Kom ikke til ${locator} med Tab`);
}

/** Answers the question on screen with the keyboard: radios with the arrow keys, checkboxes with Space. */
async function answer(page: Page, labels: readonly string[]): Promise<void> {
  const form = page.locator('.pg-guide form');
  await expect(form).toBeVisible();
  for (const label of labels) {
    const radio = form.getByRole('radio', { name: label, exact: true });
    if ((await radio.count()) > 0) {
      for (let i = 0; i < 80; i += 1) {
        if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) break;
        await page.keyboard.press('Tab');
      }
      for (let i = 0; i < 20 && !(await isFocused(radio)); i += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      await expect(radio).toBeChecked();
    } else {
      const box = form.getByRole('checkbox', { name: label, exact: true });
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
  }
  await tabTo(page, form.getByRole('button', { name: 'Neste' }));
  await page.keyboard.press('Enter');
}

interface Step {
  heading: string;
  choose: readonly string[];
}

/**
 * Goes through the questions; each step names the heading that must have focus. The heading
 * also says where the person is, «Spørsmål n av m», and the last question is m of m.
 */
async function journey(page: Page, steps: readonly Step[], { checkAxe = false } = {}): Promise<void> {
  await page.goto(GUIDE);
  await expect(page.getByRole('heading', { level: 2, name: steps[0]!.heading })).toBeVisible();
  for (const [index, step] of steps.entries()) {
    const heading = page.getByRole('heading', { level: 2, name: step.heading });
    await expect(heading).toBeVisible();
    if (index > 0) await expect(heading, 'fokus på det nye spørsmålet').toBeFocused();
    const total = index === steps.length - 1 ? String(steps.length) : '\\d+';
    await expect(heading, 'spørsmålet sier hvor langt man har kommet').toHaveAccessibleName(new RegExp(`^Spørsmål ${index + 1} av ${total} ?\\. ${escape(step.heading)}$`));
    if (checkAxe) expect(await axe(page), `WCAG-brudd på «${step.heading}»`).toEqual([]);
    await answer(page, step.choose);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Dette kan hjelpe deg' })).toBeFocused();
  await expectHelplinesWithinFourScreens(page);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** At 320 px, the result reaches its helplines within four screens (2 300 px). */
async function expectHelplinesWithinFourScreens(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 568 });
  const top = async (selector: string) => (await page.locator(selector).first().boundingBox())?.y;
  const start = await top('.pg-guide-result h2');
  const helplines = await top('.pg-guide-helplines');
  expect(helplines, 'resultatet har hjelpetelefoner').toBeDefined();
  expect(helplines! - start!, 'høyst fire skjermer (2 300 px) før hjelpetelefonene ved 320 px').toBeLessThanOrEqual(2300);
  if (size) await page.setViewportSize(size);
}

/** The offer IDs of the result's cards and then those under «N andre passer også», in order. */
async function topOffers(page: Page, count: number): Promise<string[]> {
  const links = page.locator('.pg-guide-offers > li h4 a, .pg-guide-others li > a');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.slice(0, count).map((href) => href.replace(/\/$/, '').split('/').at(-1) ?? '');
}

interface ContactFile {
  name: string;
  kind: string;
  targetGroups?: string[];
}

/** Every contact file of the demo site. */
const contactFiles = (): ContactFile[] =>
  [join(DEMO.nationalDir, 'kontakter'), join(DEMO.localDir, 'kontakter')].flatMap((folder) => {
    try {
      return readdirSync(folder).filter((name) => name.endsWith('.yaml')).map((name) => parse(readFileSync(join(folder, name), 'utf8')) as ContactFile);
    } catch {
      return [];
    }
  });

/** Words written to a parent or an adult carer, which a child must not be shown. */
const TO_A_PARENT = /\b(barnet ditt|barna dine|ditt barn|dine barn|som forelder|Dette kan du si når du ringer)\b/i;

const q = {
  relasjon: 'Hvem er du for personen du hjelper?',
  dodsfall: 'Har du mistet noen?',
  egenAlder: 'Hvor gammel er du?',
  personensAlder: 'Hvor gammel er personen du hjelper?',
  tilstand: 'Hva gjelder det?',
  behov: 'Hva er viktig for deg nå?',
  jobb: 'Er du i jobb, eller studerer du?',
  belastning: 'Hvor mye tid bruker du på å hjelpe?',
  tjenester: 'Får personen hjelp fra kommunen i dag?',
  fase: 'Hvor er dere nå?',
  barn: 'Er det barn eller ungdom under 18 år i familien?',
  sprak: 'Trenger du eller personen tolk?',
  samtykke: 'Har personen sagt ja til at du kan få vite om helsen og hjelpen?',
};

test.describe('åtte pårørende går gjennom veiviseren med tastaturet', () => {
  // Ten questions with an axe run on each take a while on a slow machine.
  test.describe.configure({ timeout: 240_000 });

  test('en ektefelle til en med demens som trenger en pause, får avlastning først', async ({ page }) => {
    await journey(
      page,
      [
        { heading: q.relasjon, choose: ['Kjæreste, ektefelle eller samboer'] },
        { heading: q.dodsfall, choose: ['Nei'] },
        { heading: q.egenAlder, choose: ['67 år eller eldre'] },
        { heading: q.tilstand, choose: ['Demens eller svekket hukommelse'] },
        { heading: q.behov, choose: ['En pause'] },
        { heading: q.jobb, choose: ['Nei'] },
        { heading: q.belastning, choose: ['Mer enn 30 timer i uka'] },
        { heading: q.tjenester, choose: ['Ja'] },
        { heading: q.fase, choose: ['Personen har fått hjelp en stund'] },
        { heading: q.barn, choose: ['Nei'] },
      ],
      { checkAxe: true },
    );
    const top = await topOffers(page, 4);
    expect(top).toEqual(expect.arrayContaining(['avlastningsopphold', 'rullering', 'dagtilbud']));
    await expect(page.locator('.pg-guide-rights a[href$="/saerlig-tyngende-omsorg/"]')).toBeVisible();
    expect(await axe(page), 'WCAG-brudd på resultatet').toEqual([]);
  });

  test('en 15-åring med en mor som har kreft, får helsesykepleier og sider for ungdom, og ingen avlastning', async ({ page }) => {
    await journey(page, [
      { heading: q.relasjon, choose: ['Jeg er barnet til personen'] },
      { heading: q.dodsfall, choose: ['Nei'] },
      { heading: q.egenAlder, choose: ['13–17 år'] },
      { heading: q.tilstand, choose: ['Kreft'] },
      { heading: q.behov, choose: ['Noen å snakke med', 'Å vite hva som finnes, og hvordan jeg får det'] },
      { heading: q.sprak, choose: ['Nei'] },
    ]);
    const top = await topOffers(page, 3);
    expect(top).toContain('skolehelsetjenesten');
    expect(top).toContain('barneansvarlig');
    const all = await topOffers(page, 20);
    for (const adultOnly of ['avlastning', 'omsorgsstonad', 'opplaering-veiledning', 'stottesamtaler']) expect(all).not.toContain(adultOnly);
    await expect(page.locator('.pg-guide-rights a[href$="/for-ungdom/"]')).toBeVisible();

    // Her own helplines, from the contact files, first; none of the helplines for adults.
    const contacts = contactFiles().filter((contact) => contact.kind === 'hjelpetelefon');
    const forChildren = contacts.filter((contact) => contact.targetGroups?.includes('barn-unge'));
    expect(forChildren.length, 'kontaktfilene har minst én hjelpetelefon for barn og unge').toBeGreaterThan(0);
    const helplines = page.locator('.pg-guide-helplines');
    await expect(helplines.getByRole('heading', { name: 'Hjelpetelefoner for barn og unge' })).toBeVisible();
    for (const contact of forChildren) await expect(helplines).toContainText(contact.name);
    for (const contact of contacts.filter((candidate) => !candidate.targetGroups?.includes('barn-unge'))) await expect(helplines).not.toContainText(contact.name);
    const before = await helplines.evaluate((element) => element.compareDocumentPosition(document.querySelector('.pg-guide-offers')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before, 'hjelpetelefonene kommer før tilbudene').toBeTruthy();
    // Nothing written for an adult carer or a parent: no call script, no «barnet ditt».
    await expect(page.locator('.pg-guide-result')).not.toContainText(TO_A_PARENT);
  });

  test('en forelder til et barn med funksjonsnedsettelse får barnekoordinator og avlastning', async ({ page }) => {
    await journey(page, [
      { heading: q.relasjon, choose: ['Jeg er mor, far eller annen foresatt'] },
      { heading: q.dodsfall, choose: ['Nei'] },
      { heading: q.egenAlder, choose: ['18–66 år'] },
      { heading: q.personensAlder, choose: ['Under 18 år, eller ikke født ennå'] },
      { heading: q.tilstand, choose: ['Funksjonsnedsettelse eller utviklingshemming'] },
      { heading: q.behov, choose: ['En pause', 'Én person å forholde meg til'] },
      { heading: q.jobb, choose: ['Ja'] },
      { heading: q.belastning, choose: ['Mer enn 30 timer i uka'] },
      { heading: q.tjenester, choose: ['Ja'] },
      { heading: q.fase, choose: ['Personen har fått hjelp en stund'] },
      { heading: q.barn, choose: ['Ja'] },
      { heading: q.sprak, choose: ['Nei'] },
    ]);
    const top = await topOffers(page, 4);
    expect(top).toContain('barnekoordinator');
    expect(top).toContain('koordinator-ip');
    expect(await topOffers(page, 8)).toEqual(expect.arrayContaining(['avlastningsopphold', 'stottekontakt']));
  });

  test('en som har mistet broren sin brått, ser 113 og legevakt først, og så kriseteam og sorggrupper', async ({ page }) => {
    await journey(
      page,
      [
        { heading: q.relasjon, choose: ['Søsken'] },
        { heading: q.dodsfall, choose: ['Ja, brått eller uventet, for eksempel en ulykke eller selvmord'] },
        { heading: q.egenAlder, choose: ['18–66 år'] },
        { heading: q.behov, choose: ['Noen å snakke med', 'Hjelp i sorgen'] },
        { heading: q.barn, choose: ['Nei'] },
      ],
      { checkAxe: true },
    );
    const crisis = page.locator('.pg-guide-crisis');
    await expect(crisis).toBeVisible();
    await expect(crisis.getByRole('link', { name: /113/ })).toBeVisible();
    await expect(crisis.getByRole('link', { name: /116 117/ })).toBeVisible();
    expect((await topOffers(page, 3)).sort()).toEqual(['etterlattesamtale', 'kriseteam', 'sorggrupper']);
    expect(await topOffers(page, 20)).not.toContain('avlastning');
    expect(await axe(page), 'WCAG-brudd på resultatet').toEqual([]);
  });

  test('et voksent barn som er bekymret for penger og jobb, får omsorgsstønad og ordningene fra NAV', async ({ page }) => {
    await journey(page, [
      { heading: q.relasjon, choose: ['Jeg er barnet til personen'] },
      { heading: q.dodsfall, choose: ['Nei'] },
      { heading: q.egenAlder, choose: ['18–66 år'] },
      { heading: q.tilstand, choose: ['Annen alvorlig eller langvarig sykdom eller skade, for eksempel hjerneslag'] },
      { heading: q.behov, choose: ['Penger og økonomi'] },
      { heading: q.jobb, choose: ['Ja'] },
      { heading: q.belastning, choose: ['11–30 timer i uka'] },
      { heading: q.tjenester, choose: ['Vi har søkt, eller venter'] },
      { heading: q.fase, choose: ['Vi søker om hjelp, eller hjelpen har nettopp begynt'] },
    ]);
    const top = await topOffers(page, 5);
    expect(top).toEqual(expect.arrayContaining(['omsorgsstonad', 'pleiepenger', 'hjelpestonad']));
  });

  test('en pårørende til en med rusproblemer som vil ha noen å snakke med, får samtaletilbudet for rus og psykisk helse først', async ({ page }) => {
    await journey(page, [
      { heading: q.relasjon, choose: ['Annen familie'] },
      { heading: q.dodsfall, choose: ['Nei'] },
      { heading: q.egenAlder, choose: ['18–66 år'] },
      { heading: q.personensAlder, choose: ['Voksen'] },
      { heading: q.tilstand, choose: ['Rus eller annen avhengighet'] },
      { heading: q.behov, choose: ['Noen å snakke med'] },
      { heading: q.belastning, choose: ['1–10 timer i uka'] },
      { heading: q.tjenester, choose: ['Nei'] },
    ]);
    const top = await topOffers(page, 3);
    expect(top[0]).toBe('samtaletilbud-rus-psykisk');
    expect(await topOffers(page, 5)).toContain('stottesamtaler');
    await expect(page.locator('.pg-guide-helplines')).toContainText('Pårørendelinjen');
  });

  test('en nabo som hjelper av og til, får praktisk hjelp og frivillige, og ikke tilbud for tung omsorg', async ({ page }) => {
    await journey(page, [
      { heading: q.relasjon, choose: ['Venn, nabo eller kollega'] },
      { heading: q.dodsfall, choose: ['Nei'] },
      { heading: q.egenAlder, choose: ['67 år eller eldre'] },
      { heading: q.personensAlder, choose: ['Eldre'] },
      { heading: q.tilstand, choose: ['Høy alder og skrøpelighet'] },
      { heading: q.behov, choose: ['Praktisk hjelp i hverdagen'] },
      { heading: q.belastning, choose: ['Av og til, mindre enn én time i uka'] },
      { heading: q.tjenester, choose: ['Vet ikke'] },
    ]);
    const top = await topOffers(page, 8);
    expect(top.slice(0, 3)).toEqual(expect.arrayContaining(['trygghetsalarm']));
    expect(top).toContain('frivillighet');
    expect(top).not.toContain('omsorgsstonad');
    expect(top).not.toContain('avlastning');
  });

  test('en som trenger tolk, får tolk øverst', async ({ page }) => {
    await journey(page, [
      { heading: q.relasjon, choose: ['Kjæreste, ektefelle eller samboer'] },
      { heading: q.dodsfall, choose: ['Nei'] },
      { heading: q.egenAlder, choose: ['18–66 år'] },
      { heading: q.tilstand, choose: ['Annen alvorlig eller langvarig sykdom eller skade, for eksempel hjerneslag'] },
      { heading: q.behov, choose: ['Å vite hva som finnes, og hvordan jeg får det'] },
      { heading: q.belastning, choose: ['1–10 timer i uka'] },
      { heading: q.tjenester, choose: ['Nei'] },
      { heading: q.barn, choose: ['Vet ikke, eller vil ikke svare'] },
      { heading: q.sprak, choose: ['Ja, vi trenger tolk'] },
    ]);
    expect((await topOffers(page, 1))[0]).toBe('tolk');
    await expect(page.locator('.pg-guide-rights a[href$="/tolk-og-annet-morsmal/"]')).toBeVisible();
  });
});

test.describe('resultatet og lenken', () => {
  // An axe run on the long result takes a while on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  const link = '#relasjon=partner&dodsfall=nei&egen-alder=eldre&tilstand=demens&behov=avlastning,informasjon&belastning=over-30&tjenester=ja';

  test('en forhåndsutfylt lenke åpner resultatet, med svarene vist og mulige å endre', async ({ page }) => {
    await page.goto(`${GUIDE}${link}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Dette kan hjelpe deg' })).toBeVisible();
    const answers = page.locator('.pg-guide-answers');
    await expect(answers).toContainText('Kjæreste, ektefelle eller samboer');
    await expect(answers).toContainText('Mer enn 30 timer i uka');
    expect(await axe(page), 'WCAG-brudd på resultatet').toEqual([]);

    // Endre ett svar med tastaturet; de andre blir stående.
    const change = page.getByRole('button', { name: 'Endre svaret på «Hvor mye tid bruker du på å hjelpe?»' });
    await tabTo(page, change);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: q.belastning })).toBeFocused();
    await expect(page.getByRole('radio', { name: 'Mer enn 30 timer i uka' })).toBeChecked();
    await answer(page, ['1–10 timer i uka']);
    await expect(page.getByRole('heading', { level: 2, name: 'Dette kan hjelpe deg' })).toBeFocused();
    await expect(answers).toContainText('1–10 timer i uka');
    await expect(answers).toContainText('Kjæreste, ektefelle eller samboer');
    expect(new URL(page.url()).hash).toContain('belastning=1-10');
    expect(new URL(page.url()).hash).toContain('relasjon=partner');
    expect(new URL(page.url()).search, 'svarene står aldri i spørrestrengen').toBe('');
  });

  test('antallet tilbud blir lest opp i et statusfelt', async ({ page }) => {
    await page.goto(`${GUIDE}${link}`);
    await expect(page.getByRole('status')).toHaveText(/\d+ tilbud passer for deg\.|Ett tilbud passer for deg\./);
    const fitting = await page.locator('.pg-guide-offers > li, .pg-guide-others li').count();
    await expect(page.getByRole('status')).toHaveText(`${fitting} tilbud passer for deg.`);
  });

  test('«N andre passer også» åpner akkurat de N andre, med tastaturet', async ({ page }) => {
    await page.goto(`${GUIDE}${link}`);
    const summary = page.locator('.pg-guide-others summary');
    const said = Number(/^(\d+) andre tilbud passer også$/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(said).toBeGreaterThan(0);
    const others = page.locator('.pg-guide-others li > a');
    await expect(others.first()).toBeHidden();
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    await expect(others).toHaveCount(said);
    for (const other of await others.all()) await expect(other).toBeVisible();
    // They are the others: none of them is also a card.
    const cards = await page.locator('.pg-guide-offers > li h4 a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    const listed = await others.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(new Set([...cards, ...listed]).size).toBe(cards.length + said);
    // Each card has one sentence on why, how to get it and whom to contact.
    for (const card of await page.locator('.pg-guide-offers > li').all()) {
      await expect(card.locator('.pg-guide-why')).toHaveCount(1);
      await expect(card.locator('.pg-guide-how')).toContainText('Slik får du det:');
      await expect(card.locator('.pg-guide-contact')).toContainText('Kontakt:');
    }
    expect(await axe(page), 'WCAG-brudd med listen åpen').toEqual([]);
  });

  test('svarene forlater aldri nettleseren: ingen forespørsel etter at siden er lastet', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.getByRole('heading', { level: 2, name: q.relasjon })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const sent: string[] = [];
    page.on('request', (request) => sent.push(request.url()));
    await answer(page, ['Kjæreste, ektefelle eller samboer']);
    await answer(page, ['Nei']);
    await page.goto(`${GUIDE}${link}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Dette kan hjelpe deg' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // The page is served from the cache or fetched again without the fragment; nothing carries an answer.
    for (const url of sent) {
      expect(new URL(url).search, url).toBe('');
      expect(url, 'ingen svar i adressen som sendes').not.toMatch(/partner|relasjon|behov|avlastning/);
    }
  });

  test('tilbake-knappen går til forrige spørsmål og beholder svaret', async ({ page }) => {
    await page.goto(GUIDE);
    await answer(page, ['Søsken']);
    await expect(page.getByRole('heading', { level: 2, name: q.dodsfall })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: 'Tilbake' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: q.relasjon })).toBeFocused();
    await expect(page.getByRole('radio', { name: 'Søsken' })).toBeChecked();
  });

  test('et spørsmål uten svar sier fra, og feilen er tilgjengelig', async ({ page }) => {
    await page.goto(GUIDE);
    await tabTo(page, page.getByRole('button', { name: 'Neste' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Velg ett av svarene.')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('en fiendtlig lenke viser ingenting som ble sprøytet inn', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${GUIDE}#relasjon=<img src=x onerror=alert(1)>&behov=<script>alert(2)</script>,avlastning&tilstand=%3Cb%3Efet%3C%2Fb%3E&%E0%A4%A=1&relasjon=partner`);
    await expect(page.getByRole('heading', { level: 2, name: 'Dette kan hjelpe deg' })).toBeVisible();
    await expect(page.locator('.pg-guide img, .pg-guide script, .pg-guide b')).toHaveCount(0);
    await expect(page.locator('.pg-guide')).not.toContainText('onerror');
    await expect(page.locator('.pg-guide-answers')).toContainText('Kjæreste, ektefelle eller samboer');
    expect(dialogs).toEqual([]);
  });

  test('«Kopier lenke» kopierer lenken med svarene i fragmentet', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${GUIDE}${link}`);
    await tabTo(page, page.getByRole('button', { name: 'Kopier lenke' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('Lenken er kopiert');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).hash).toContain('relasjon=partner');
  });

  test('ingenting lagres før man velger det, og «Glem svarene» fjerner alt med ett klikk', async ({ page }) => {
    await page.goto(`${GUIDE}${link}`);
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    const remember = page.getByRole('checkbox', { name: 'Husk svarene på denne enheten' });
    await tabTo(page, remember);
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => window.localStorage.length)).toBe(1);
    await page.goto(GUIDE);
    await expect(page.getByText('Du har lagret svar på denne enheten fra før.')).toBeVisible();
    await page.getByRole('button', { name: 'Glem svarene' }).click();
    await expect.poll(() => page.evaluate(() => window.localStorage.length)).toBe(0);
  });
});

test.describe('på liten skjerm og med forstørring', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const { name, width, zoom } of [
    { name: '320 px', width: 320, zoom: 1 },
    { name: '200 % zoom', width: 640, zoom: 2 },
  ]) {
    test(`spørsmål og resultat virker ved ${name}, uten sidelengs rulling og uten WCAG-brudd`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: Math.round(width / zoom), height: Math.round(800 / zoom) }, deviceScaleFactor: zoom });
      const page = await context.newPage();
      await page.goto(GUIDE);
      await answer(page, ['Jeg er barnet til personen']);
      await expect(page.getByRole('heading', { level: 2, name: q.dodsfall })).toBeFocused();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(await axe(page)).toEqual([]);
      await page.goto(`${GUIDE}#relasjon=partner&dodsfall=ja-brat&behov=sorg`);
      await expect(page.getByRole('heading', { level: 2, name: 'Dette kan hjelpe deg' })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }
});

test.describe('utskriften «Hva er viktig for meg»', () => {
  test.describe.configure({ timeout: 120_000 });
  const links = [
    'relasjon=forelder-til&dodsfall=nei&egen-alder=voksen&personens-alder=barn&tilstand=funksjonsnedsettelse&behov=avlastning,koordinering&jobb=ja&belastning=over-30&tjenester=ja&fase=underveis&barn-i-familien=ja&sprak=nei',
    'relasjon=sosken&dodsfall=ja-brat&egen-alder=voksen&behov=emosjonell,sorg&barn-i-familien=nei',
    'relasjon=barn-av&dodsfall=nei&egen-alder=ungdom&tilstand=kreft&behov=emosjonell,informasjon&sprak=nei',
  ];
  for (const fragment of links) {
    test(`får plass på én A4-side (${fragment.slice(0, 40)}…)`, async ({ page }) => {
      await page.goto(`${GUIDE}#${fragment}`);
      await expect(page.getByRole('heading', { level: 2, name: 'Dette kan hjelpe deg' })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { level: 2, name: 'Hva er viktig for meg' })).toBeVisible();
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g), 'sider i utskriften').toHaveLength(1);
      // The cards keep the offer, the reason and the contact; the tools stay on screen.
      await expect(page.locator('.pg-guide-offers > li').first().locator('.pg-guide-why')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
    });
  }
});

test.describe('vekt og reservevei', () => {
  test.describe.configure({ timeout: 120_000 });
  test('en kald visning er høyst 35 KB komprimert (HTML, CSS, JavaScript og data), og JavaScript høyst 15 KB', async ({ page }) => {
    const loaded: { type: string; url: string }[] = [];
    page.on('response', (response) => loaded.push({ type: response.request().resourceType(), url: response.url() }));
    await page.goto(GUIDE);
    await expect(page.getByRole('heading', { level: 2, name: q.relasjon })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Each file the browser loaded, gzipped as the server sends it; images (the icon) are not part of it.
    const size = (url: string) => {
      const path = decodeURIComponent(new URL(url).pathname).slice(DEMO.base.length);
      return gzipSync(readFileSync(join(DEMO.dir, path.endsWith('/') || path === '' ? `${path}index.html` : path)), { level: 9 }).length;
    };
    // Everything but images and fonts: the preloaded data file is of type «other» in Chromium.
    const counted = loaded.filter((file) => !['image', 'font', 'media'].includes(file.type) && file.url.startsWith('http'));
    expect(counted.map((file) => file.type)).toEqual(expect.arrayContaining(['document', 'stylesheet', 'script']));
    const total = counted.reduce((sum, file) => sum + size(file.url), 0);
    const script = counted.filter((file) => file.type === 'script').reduce((sum, file) => sum + size(file.url), 0);
    expect(total, `kald visning: ${counted.map((file) => `${file.url.split('/').at(-1) || 'index.html'} ${size(file.url)}`).join(', ')}`).toBeLessThanOrEqual(35 * 1024);
    expect(script, 'JavaScript').toBeLessThanOrEqual(15 * 1024);
    // The questions and rules are sent once, as a data file the page fetches, not repeated as markup.
    expect(counted.filter((file) => file.url.endsWith('/hva-er-viktig-for-deg/veiviser.json'))).toHaveLength(1);
    const html = readFileSync(join(DEMO.dir, 'hva-er-viktig-for-deg/index.html'), 'utf8');
    const data = readFileSync(join(DEMO.dir, 'hva-er-viktig-for-deg/veiviser.json'), 'utf8');
    expect(html).not.toContain('Hvem er du for personen du hjelper?');
    expect(data.match(/Hvem er du for personen du hjelper\?/g)).toHaveLength(1);
  });

  test('uten JavaScript finnes tilbudene for hvert behov og telefonen til kontoret', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(GUIDE);
    const needs = page.getByRole('list').filter({ has: page.locator('a[href*="/tilbud/behov/"]') });
    await expect(needs.getByRole('link', { name: 'En pause' })).toHaveAttribute('href', /\/tilbud\/behov\/avlastning\/$/);
    expect(await needs.getByRole('link').count()).toBeGreaterThan(5);
    await expect(page.locator('a[href^="tel:"]').filter({ hasText: 'Ring' })).toBeVisible();
    await context.close();
  });

  test('når veiviserens data ikke kan hentes, sier siden det og viser de samme lenkene og telefonen', async ({ page }) => {
    await page.route('**/hva-er-viktig-for-deg/veiviser.json', (route) => route.abort());
    await page.goto(GUIDE);
    await expect(page.locator('#pg-guide')).toContainText(nb['guide.loadFailed']);
    await expect(page.locator('#pg-guide').getByRole('link', { name: 'En pause' })).toHaveAttribute('href', /\/tilbud\/behov\/avlastning\/$/);
    await expect(page.locator('#pg-guide a[href^="tel:"]').filter({ hasText: 'Ring' })).toBeVisible();
  });
});
