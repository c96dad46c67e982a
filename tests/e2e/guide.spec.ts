/**
 * «Hva er viktig for deg?» in Chromium, with the keyboard alone: eight relatives answer the
 * questions and see at the top the offers a careful caseworker would point to. Every state
 * has zero axe violations, focus lands on each new heading, the count is announced, and the
 * guide works at 320 px and 200 % zoom. A pre-filled link opens the result; a hostile one
 * shows nothing injected.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_IS_EXAMPLE } from '../support/sites';

// These tests read the example municipality's own offers and words (tests/support/sites.ts).
test.skip(!DEMO_IS_EXAMPLE, 'gjelder bare eksempelkommunen');


const GUIDE = 'hva-er-viktig-for-deg/';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

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

/** Goes through the questions; each step names the heading that must have focus. */
async function journey(page: Page, steps: readonly Step[], { checkAxe = false } = {}): Promise<void> {
  await page.goto(GUIDE);
  await expect(page.getByRole('heading', { level: 2, name: steps[0]!.heading })).toBeVisible();
  for (const [index, step] of steps.entries()) {
    const heading = page.getByRole('heading', { level: 2, name: step.heading });
    await expect(heading).toBeVisible();
    if (index > 0) await expect(heading, 'fokus på det nye spørsmålet').toBeFocused();
    if (checkAxe) expect(await axe(page), `WCAG-brudd på «${step.heading}»`).toEqual([]);
    await answer(page, step.choose);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Dette kan hjelpe deg' })).toBeFocused();
}

/** The offer IDs of the result's cards, in order. */
async function topOffers(page: Page, count: number): Promise<string[]> {
  const links = page.locator('.pg-guide-offers > li h4 a');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.slice(0, count).map((href) => href.replace(/\/$/, '').split('/').at(-1) ?? '');
}

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
      { heading: q.personensAlder, choose: ['18 år eller eldre'] },
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
    const shown = await page.locator('.pg-guide-offers > li').count();
    await expect(page.getByRole('status')).toContainText(String(shown));
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
