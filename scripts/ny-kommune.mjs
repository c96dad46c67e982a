#!/usr/bin/env node
/**
 * `npm run ny-kommune`: starts a municipality's own content. Asks for (or takes as flags)
 * the written language (`nb` bokmål or `nn` nynorsk; bokmål when none is given), the
 * municipality's name, the office's name and contact details, the web address, the
 * brand colour, and which offers from the national catalogue (tilbudskatalog.yaml in
 * content/nasjonalt, or content/nasjonalt-nn for nynorsk) it has, and writes a fresh local folder: the profile, an empty redirect list, one starting file
 * per offer, and a folder for events with a README that shows how to write one. Every offer starts as a draft (`draft: true`): `npm start` shows it with
 * «Utkast», `npm run build` leaves it out until someone has written and checked it.
 * Nothing of the example municipality is copied: only the structure of its offers
 * (tags, laws, headings), never its text, contacts, numbers, places or logo.
 *
 *   npm run ny-kommune
 *   npm run ny-kommune -- --kommune "Eksempelvik kommune" --kontor Tildelingskontoret \
 *     --telefon "12 34 56 78" --epost post@eksempelvik.example --adresse "Storgata 1, 0000 Eksempelvik" \
 *     --apningstid "Hverdager 08.00–15.00" --nettadresse https://www.eksempelvik.example/parorende/ \
 *     --farge "#2b6e3f" --tilbud avlastning,dagtilbud   (or --tilbud alle)  [--sprak nn] [--ut mappe] [--erstatt]
 *
 * With every value given as a flag it asks nothing (and writes `language: nb` unless --sprak says nn). The target (default content/lokalt)
 * is replaced only after a yes, or with --erstatt.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Document, parse, stringify } from 'yaml';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = join(root, 'content/lokalt');

const { values: flags } = parseArgs({
  options: {
    kommune: { type: 'string' },
    kontor: { type: 'string' },
    telefon: { type: 'string' },
    epost: { type: 'string' },
    adresse: { type: 'string' },
    apningstid: { type: 'string' },
    nettadresse: { type: 'string' },
    farge: { type: 'string' },
    sprak: { type: 'string' },
    tilbud: { type: 'string' },
    ut: { type: 'string' },
    erstatt: { type: 'boolean', default: false },
  },
});

// The schemas are TypeScript; Vite runs them as the build does, so the answers are
// checked by the very rules the build uses.
const { profileSchema } = (await runnerImport(join(root, 'src/schemas/profile.ts'), { configFile: false, logLevel: 'silent' })).module;
const office = profileSchema.shape.office.shape;
const { DEFAULT_LANGUAGE, NATIONAL_DIRS } = (await runnerImport(join(root, 'src/siteConfig.ts'), { configFile: false, logLevel: 'silent' })).module;

/** The questions, in bokmål (`ask`) and in nynorsk (`askNn`): asked in the language chosen first. */
const QUESTIONS = [
  {
    flag: 'kommune', path: ['municipality'], schema: profileSchema.shape.municipality,
    ask: 'Kommunens navn, slik det skal stå øverst (for eksempel «Eksempelvik kommune»)', askNn: 'Namnet på kommunen, slik det skal stå øvst (til dømes «Eksempelvik kommune»)',
  },
  {
    flag: 'kontor', path: ['office', 'name'], schema: office.name,
    ask: 'Navnet på kontoret der man søker om tjenester (for eksempel «Tjenestekontoret»)', askNn: 'Namnet på kontoret der ein søkjer om tenester (til dømes «Tenestekontoret»)',
  },
  {
    flag: 'telefon', path: ['office', 'phone'], schema: office.phone,
    ask: 'Kontorets telefonnummer, med mellomrom (for eksempel «12 34 56 78»)', askNn: 'Telefonnummeret til kontoret, med mellomrom (til dømes «12 34 56 78»)',
  },
  { flag: 'epost', path: ['office', 'email'], schema: office.email, ask: 'Kontorets e-postadresse', askNn: 'E-postadressa til kontoret' },
  { flag: 'adresse', path: ['office', 'address'], schema: office.address, ask: 'Kontorets besøks- eller postadresse', askNn: 'Besøks- eller postadressa til kontoret' },
  {
    flag: 'apningstid', path: ['office', 'hours'], schema: office.hours,
    ask: 'Når kontoret svarer på telefonen (for eksempel «Hverdager 08.00–15.00»)', askNn: 'Når kontoret svarar på telefonen (til dømes «Kvardagar 08.00–15.00»)',
  },
  {
    flag: 'nettadresse', path: ['siteUrl'], schema: profileSchema.shape.siteUrl,
    ask: 'Den hele nettadressen nettstedet skal ligge på (for eksempel https://www.kommune.no/parorende/)',
    askNn: 'Heile nettadressa nettstaden skal liggje på (til dømes https://www.kommune.no/parorende/)',
  },
  {
    flag: 'farge', path: ['brandColor'], schema: profileSchema.shape.brandColor,
    ask: 'Kommunens farge, på formen #rrggbb (for eksempel #1e5a8c)', askNn: 'Fargen til kommunen, på forma #rrggbb (til dømes #1e5a8c)',
  },
];

const interactive = () => QUESTIONS.some((question) => flags[question.flag] === undefined) || flags.tilbud === undefined;
let rl;
let lines;
/** True once the municipality has chosen nynorsk: what it is asked and given after that is in nynorsk. */
let nynorsk = false;
/** The bokmål or the nynorsk wording, after the language chosen. */
const say = (bokmal, nn) => (nynorsk ? nn : bokmal);
/** One answer. Reads lines as they come, so answers piped in (`printf … | npm run ny-kommune`) work too. */
async function ask(question) {
  rl ??= createInterface({ input: process.stdin, terminal: false });
  lines ??= rl[Symbol.asyncIterator]();
  process.stdout.write(`${question}\n> `);
  const next = await lines.next();
  if (next.done) {
    console.error(say('\nAvbrutt: fikk ikke noe svar.', '\nAvbrote: fekk ikkje noko svar.'));
    process.exit(2);
  }
  if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
  return next.value.trim();
}

/** The schema's own message for a bad value, or undefined when it is good. */
function problemWith(schema, value) {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('; ');
}

async function answer({ flag, schema, ask: text, askNn }) {
  let value = flags[flag];
  for (;;) {
    if (value !== undefined) {
      const problem = problemWith(schema, value);
      if (!problem) return schema.parse(value);
      if (!interactive()) {
        console.error(`--${flag}: «${value}» ${problem}.`);
        process.exit(2);
      }
      console.log(`«${value}» ${problem}. Prøv igjen.`);
    }
    value = await ask(say(text, askNn));
  }
}

/**
 * The written language: `--sprak`, or the answer (Enter for bokmål), or bokmål when every
 * other value came as a flag. It decides the national folder the offers are taken from.
 */
async function chooseLanguage() {
  const schema = profileSchema.shape.language;
  let value = flags.sprak;
  for (;;) {
    if (value !== undefined) {
      const problem = problemWith(schema, value);
      if (!problem) return schema.parse(value);
      if (!interactive()) {
        console.error(`--sprak: «${value}» ${problem}.`);
        process.exit(2);
      }
      console.log(`«${value}» ${problem}. Prøv igjen.`);
    }
    if (!interactive()) return DEFAULT_LANGUAGE;
    value = (await ask('Skriftspråk: nb (bokmål) eller nn (nynorsk)? Trykk Enter for bokmål')) || DEFAULT_LANGUAGE;
  }
}

console.log('Ny kommune: svar på spørsmålene. Alt kan endres senere i profil.yaml.\n(Nynorsk: svar på spørsmåla. Alt kan endrast seinare i profil.yaml.)\n');
const language = await chooseLanguage();
const NATIONAL = join(root, NATIONAL_DIRS[language]);
nynorsk = language === 'nn';

// The offers a municipality can have: the catalogue, less the national offers every site has.
const catalogue = parse(readFileSync(join(NATIONAL, 'tilbudskatalog.yaml'), 'utf8'));
const nationalOffers = new Set(readdirSync(join(NATIONAL, 'tilbud')).map((name) => basename(name, '.mdx')));
const choices = catalogue.filter((entry) => !nationalOffers.has(entry.id));

/** «alle», or numbers and IDs separated by commas or spaces, with ranges: `1-5, 8, sorggrupper`. */
function pickOffers(text) {
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length === 1 && words[0].toLowerCase() === 'alle') return { ids: choices.map((entry) => entry.id) };
  const ids = new Set();
  for (const word of words) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(word);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2] ?? range[1]);
      if (from < 1 || to > choices.length || from > to) return { problem: say(`«${word}» er ikke et nummer fra 1 til ${choices.length}`, `«${word}» er ikkje eit nummer frå 1 til ${choices.length}`) };
      for (let number = from; number <= to; number += 1) ids.add(choices[number - 1].id);
    } else if (choices.some((entry) => entry.id === word)) ids.add(word);
    else return { problem: say(`«${word}» er ikke et tilbud i katalogen`, `«${word}» er ikkje eit tilbod i katalogen`) };
  }
  return ids.size > 0 ? { ids: [...ids] } : { problem: say('velg minst ett tilbud', 'vel minst eitt tilbod') };
}

async function chooseOffers() {
  if (flags.tilbud !== undefined) {
    const picked = pickOffers(flags.tilbud);
    if (picked.ids) return picked.ids;
    if (!interactive()) {
      console.error(`--tilbud: ${picked.problem}.`);
      process.exit(2);
    }
    console.log(`${picked.problem}. Prøv igjen.`);
  }
  console.log(say('\nTilbudene kommunen kan ha (de nasjonale, som NAV og fastlegen, er alltid med):', '\nTilboda kommunen kan ha (dei nasjonale, som NAV og fastlegen, er alltid med):'));
  choices.forEach((entry, index) => console.log(`${String(index + 1).padStart(3)}. ${entry.title} (${entry.id})`));
  for (;;) {
    const picked = pickOffers(await ask(say('Hvilke har kommunen? Skriv numrene, for eksempel «1-5, 8, 12», eller «alle»', 'Kva for nokre har kommunen? Skriv numra, til dømes «1-5, 8, 12», eller «alle»')));
    if (picked.ids) return picked.ids;
    console.log(`${picked.problem}. Prøv igjen.`);
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const nationalContacts = new Set(readdirSync(join(NATIONAL, 'kontakter')).map((name) => basename(name, '.yaml')));
const nationalPages = new Set(readdirSync(join(NATIONAL, 'sider')).map((name) => basename(name, '.mdx')));
const catalogueIds = new Set(catalogue.map((entry) => entry.id));
/** Frontmatter fields that say what an offer is, not what this municipality does: safe to start from. */
const STRUCTURE = ['kind', 'provider', 'targetGroups', 'needs', 'situations', 'phases', 'ageBands', 'partOfService', 'legalBasis', 'searchTerms'];

/** The example municipality's offer, if it has one: its fields and its headings. */
function exampleOffer(id) {
  const file = join(EXAMPLE, 'tilbud', `${id}.mdx`);
  if (!existsSync(file)) return undefined;
  const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
  if (!match) return undefined;
  const headings = (match[2] ?? '').split('\n').filter((line) => /^##\s/.test(line));
  return { data: parse(match[1] ?? '') ?? {}, headings };
}

/** A title inside a sentence: «Avlastning» → «avlastning», but «SIBS – grupper …» and «ASK …» as written. */
const inSentence = (title) => (/^\p{Lu}\p{Ll}/u.test(title) ? `${title[0].toLowerCase()}${title.slice(1)}` : title);

/** One starting file: a draft with the catalogue's title and the structure of the example, if any. */
function startingOffer(entry) {
  const example = exampleOffer(entry.id);
  const data = {
    title: entry.title,
    lead: nynorsk
      ? `Skriv éi eller to setningar om kva ${inSentence(entry.title)} gir pårørande i {kommune}.`
      : `Skriv én eller to setninger om hva ${inSentence(entry.title)} gir pårørende i {kommune}.`,
  };
  for (const field of STRUCTURE) if (example?.data[field] !== undefined) data[field] = example.data[field];
  data.kind ??= 'lavterskel';
  data.provider ??= 'kommune';
  data.targetGroups ??= ['alle'];
  data.needs ??= ['informasjon'];
  if (nynorsk) {
    data.howToGet = data.kind === 'vedtak' ? 'Du søkjer hos {kontor}, og kommunen gjer eit vedtak.' : 'Ta kontakt med {kontor}.';
    if (data.kind === 'vedtak') data.howToApply = 'Ta kontakt med {kontor}. {Kontor} hjelper deg med søknaden og gjer eit vedtak.';
  } else {
    data.howToGet = data.kind === 'vedtak' ? 'Du søker hos {kontor}, og kommunen gjør et vedtak.' : 'Ta kontakt med {kontor}.';
    if (data.kind === 'vedtak') data.howToApply = 'Ta kontakt med {kontor}. {Kontor} hjelper deg med søknaden og gjør et vedtak.';
  }
  // The example's own units (a day centre, a coordinator) are not this municipality's; national contacts are.
  const contact = example?.data.contact;
  data.contact = typeof contact === 'string' && nationalContacts.has(contact) ? contact : 'tjenestekontor';
  const related = (example?.data.related ?? []).filter((id) => catalogueIds.has(id) || nationalPages.has(id));
  if (related.length > 0) data.related = related;
  const rights = (example?.data.rights ?? []).filter((id) => nationalPages.has(id));
  if (rights.length > 0) data.rights = rights;
  data.draft = true;
  const ordered = {
    title: data.title, lead: data.lead, kind: data.kind, provider: data.provider, targetGroups: data.targetGroups, needs: data.needs,
    ...Object.fromEntries(['situations', 'phases', 'ageBands', 'partOfService'].filter((key) => data[key] !== undefined).map((key) => [key, data[key]])),
    howToGet: data.howToGet,
    ...(data.howToApply ? { howToApply: data.howToApply } : {}),
    contact: data.contact,
    ...(data.legalBasis ? { legalBasis: data.legalBasis } : {}),
    ...Object.fromEntries(['searchTerms', 'related', 'rights'].filter((key) => data[key] !== undefined).map((key) => [key, data[key]])),
    draft: true,
  };
  // Lists of words on one line, as in the example files; the laws one per line.
  const document = new Document(ordered);
  for (const key of ['targetGroups', 'needs', 'situations', 'phases', 'ageBands', 'searchTerms', 'related', 'rights']) {
    const node = document.get(key, true);
    if (node) node.flow = true;
  }
  for (const node of document.get('legalBasis', true)?.items ?? []) node.flow = true;
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  // The example is in bokmål: a nynorsk site starts from headings of its own.
  const headings = nynorsk
    ? ['## Kva er tilbodet?', '## Kven kan få det?', '## Korleis får eg det?', '## Kva skjer etterpå?']
    : example?.headings.length
      ? example.headings
      : ['## Hva er tilbudet?', '## Hvem kan få det?', '## Hvordan får jeg det?', '## Hva skjer etterpå?'];
  const header = nynorsk
    ? `# UTKAST: ikkje kontrollert for kommunen. Laga av «npm run ny-kommune» frå tilbodskatalogen.
# «npm start» viser det med merket «Utkast»; «npm run build» tek det ikkje med.
# Slik gjer du det ferdig:
#   1. Skriv lead, howToGet og teksten under strekane slik det er i kommunen. Namnet på kontoret
#      skriv du {kontor} i felta og <Kontor /> i teksten under strekane.
#   2. Sjekk merkelappane (targetGroups, needs …) og lovgrunnlaget (legalBasis).
#   3. Byt contact til rett kontakt dersom det ikkje er ${'{kontor}'} (lag han i kontakter/).
#   4. Skriv kjeldene i sources og datoen i dag i lastChecked, og slett linja «draft: true».
# Har kommunen ikkje tilbodet, slettar du fila.
`
    : `# UTKAST: ikke kontrollert for kommunen. Laget av «npm run ny-kommune» fra tilbudskatalogen.
# «npm start» viser det med merket «Utkast»; «npm run build» tar det ikke med.
# Slik gjør du det ferdig:
#   1. Skriv lead, howToGet og teksten under strekene slik det er i kommunen. Kontorets navn
#      skriver du {kontor} i feltene og <Kontor /> i teksten under strekene.
#   2. Sjekk merkelappene (targetGroups, needs …) og lovgrunnlaget (legalBasis).
#   3. Bytt contact til riktig kontakt hvis det ikke er ${'{kontor}'} (lag den i kontakter/).
#   4. Skriv kildene i sources og dagens dato i lastChecked, og slett linjen «draft: true».
# Har ikke kommunen tilbudet, sletter du filen.
`;
  return `---
${header}${yaml}---

${headings.map((heading) => `${heading}\n\n{/* Skriv her. */}\n`).join('\n')}`;
}

/** What the files say to the editor who opens them, in the municipality's written language. */
const PROFILE_HEADER = {
  nb: `# Kommunens profil: alt som er særskilt for kommunen.
# Slik endrer du: bytt ut verdiene og lagre. Telefonnummer skrives med mellomrom og i
# anførselstegn, for eksempel "12 34 56 78". Fargen skrives i anførselstegn: "#1e5a8c".
# Nettstedet bygges på nytt med «npm run build». Er noe feil, stopper bygget og sier hva
# som må rettes. Alle feltene er forklart i src/schemas/profile.ts.
# Logo: legg filen (SVG, PNG, JPEG eller WebP) ved siden av denne og skriv «logo: filnavn».
# Skriftspråk: language: nb er bokmål, nn er nynorsk. Hele nettstedet følger det; skriv
# kommunens egne tekster på samme skriftspråk.
`,
  nn: `# Profilen til kommunen: alt som er særskilt for kommunen.
# Slik endrar du: byt ut verdiane og lagre. Telefonnummer skriv du med mellomrom og i
# hermeteikn, til dømes "12 34 56 78". Fargen skriv du i hermeteikn: "#1e5a8c".
# Nettstaden blir bygd på nytt med «npm run build». Er noko feil, stoppar bygget og seier kva
# som må rettast. Alle felta er forklarte i src/schemas/profile.ts.
# Logo: legg fila (SVG, PNG, JPEG eller WebP) ved sida av denne og skriv «logo: filnamn».
# Skriftspråk: language: nb er bokmål, nn er nynorsk. Heile nettstaden følgjer det; skriv
# kommunen sine eigne tekstar på same skriftspråk.
`,
};

/** The optional fields, as comments: a web editor takes away the # and fills in. */
const PROFILE_OPTIONAL = {
  nb: `
# Valgfritt: ta bort # foran linjene og fyll ut.
# logo: logo.svg                # filen ligger ved siden av denne: SVG, PNG, JPEG eller WebP
# ladderName: Innsatstrappen    # hva kommunen kaller trappen av tilbud (ellers «Tilbudstrappen»)
# privacy:                      # personvernombudet, som personvernerklæringen viser til
#   name: Personvernombudet
#   email: personvernombud@kommune.no
# accessibilityStatementUrl: https://uustatus.no/nb/erklaringer/publisert/...   # kommunens tilgjengelighetserklæring
# screen:                       # tilbudene skjermen på venterommet (/skjerm/) viser, høyst seks
#   offers: [avlastning, dagtilbud]
# alsoLanguage: nn              # det andre skriftspråket (nn eller nb): hele nettstedet også under /nn/; se README
`,
  nn: `
# Valfritt: ta bort # framfor linjene og fyll ut.
# logo: logo.svg                # fila ligg ved sida av denne: SVG, PNG, JPEG eller WebP
# ladderName: Innsatstrappa     # kva kommunen kallar trappa av tilbod (elles «Tilbodstrappa»)
# privacy:                      # personvernombodet, som personvernerklæringa viser til
#   name: Personvernombodet
#   email: personvernombod@kommune.no
# accessibilityStatementUrl: https://uustatus.no/nb/erklaringer/publisert/...   # tilgjengelegheitserklæringa til kommunen
# screen:                       # tilboda skjermen på venterommet (/skjerm/) viser, høgst seks
#   offers: [avlastning, dagtilbud]
# alsoLanguage: nb              # det andre skriftspråket (nb eller nn): heile nettstaden òg under /nb/; sjå README
`,
};

const REDIRECTS = {
  nb: `# Kommunens egne korte adresser og flyttede sider. Se forklaringen i
# omdirigeringer.yaml i den nasjonale mappen (content/nasjonalt, eller content/nasjonalt-nn på nynorsk).
#
# korte: den korte adressen til venstre, ID-en til tilbudet eller siden til høyre.
# flyttet: den gamle adressen til venstre, den nye ID-en til høyre. Slett aldri en linje.
korte: {}
flyttet: {}
`,
  nn: `# Kommunen sine eigne korte adresser og flytta sider. Sjå forklaringa i
# omdirigeringer.yaml i den nasjonale mappa (content/nasjonalt-nn, eller content/nasjonalt på bokmål).
#
# korte: den korte adressa til venstre, ID-en til tilbodet eller sida til høgre.
# flyttet: den gamle adressa til venstre, den nye ID-en til høgre. Slett aldri ei linje.
korte: {}
flyttet: {}
`,
};

const CONTACTS_README = {
  nb: '# Kommunens kontakter\n\nEn fil per enhet (for eksempel `dagsenteret.yaml`), med navn, telefon og åpningstid som kommunen selv har bekreftet. Se `src/schemas/contact.ts` for feltene.\n',
  nn: '# Kontaktane til kommunen\n\nEi fil per eining (til dømes `dagsenteret.yaml`), med namn, telefon og opningstid som kommunen sjølv har stadfesta. Sjå `src/schemas/contact.ts` for felta.\n',
};

/** The end of the example event in the README, the same in both written languages. */
const EVENT_EXAMPLE_END = `signUp:
  required: true
  deadline: 2027-01-05
  phone: "11 22 33 44"  # eller email: eller url:
contact: tjenestekontor
\`\`\`
`;

const EVENTS_README = {
  nb: `# Kurs, grupper og treff

En fil per arrangement, for eksempel \`parorendeskole-var.yaml\`. Filnavnet blir adressen
(\`/kalender/<filnavn>/\`). Arrangementet står på tilbudets side, i kalenderen, som kalenderfil
og på skjermen, og det som er over, forsvinner neste gang nettstedet bygges. Feltene er
forklart i \`src/schemas/event.ts\`. Kopier dette til en ny fil og fyll ut:

\`\`\`yaml
offer: parorendeskole   # filnavnet til tilbudet i tilbud/, uten .mdx; tilbudet må finnes
title: Pårørendeskole om demens
format: kurs            # kurs (du melder deg på én gang) eller treff (hvert møte for seg)
sessions:               # dato ÅÅÅÅ-MM-DD, klokkeslett i anførselstegn
  - { date: 2027-01-12, start: "18:00", end: "20:30" }
place:
  name: Stedets navn
  address: Gateadresse, postnummer og sted
${EVENT_EXAMPLE_END}`,
  nn: `# Kurs, grupper og treff

Ei fil per arrangement, til dømes \`parorendeskole-var.yaml\`. Filnamnet blir adressa
(\`/kalender/<filnamn>/\`). Arrangementet står på sida til tilbodet, i kalenderen, som kalenderfil
og på skjermen, og det som er over, forsvinn neste gong nettstaden blir bygd. Felta er
forklarte i \`src/schemas/event.ts\`. Kopier dette til ei ny fil og fyll ut:

\`\`\`yaml
offer: parorendeskole   # filnamnet til tilbodet i tilbud/, utan .mdx; tilbodet må finnast
title: Pårørandeskule om demens
format: kurs            # kurs (du melder deg på éin gong) eller treff (kvart møte for seg)
sessions:               # dato ÅÅÅÅ-MM-DD, klokkeslett i hermeteikn
  - { date: 2027-01-12, start: "18:00", end: "20:30" }
place:
  name: Namnet på staden
  address: Gateadresse, postnummer og stad
${EVENT_EXAMPLE_END}`,
};

async function main() {
  const target = resolve(flags.ut ?? EXAMPLE);
  const profile = { municipality: '', siteUrl: '', example: false, brandColor: '', office: {} };
  for (const question of QUESTIONS) {
    const value = await answer(question);
    if (question.path.length === 1) profile[question.path[0]] = value;
    else profile.office[question.path[1]] = value;
  }
  const ordered = { municipality: profile.municipality, language, siteUrl: profile.siteUrl, example: false, brandColor: profile.brandColor, office: profile.office };
  const problem = problemWith(profileSchema, ordered);
  if (problem) throw new Error(problem);
  // Offers are read before the target is replaced: the example's structure may be in it.
  const ids = await chooseOffers();
  const offers = ids.map((id) => ({ id, text: startingOffer(catalogue.find((entry) => entry.id === id)) }));

  if (existsSync(target) && readdirSync(target).length > 0) {
    const shown = relative(root, target) || target;
    const replace = flags.erstatt || (interactive() && /^j(a)?$/i.test(await ask(say(`Mappen ${shown} finnes. Erstatte alt i den? (ja/nei)`, `Mappa ${shown} finst. Erstatte alt i ho? (ja/nei)`))));
    if (!replace) {
      console.error(say(`Avbrutt: ${target} finnes fra før. Bruk --erstatt, eller --ut en annen mappe.`, `Avbrote: ${target} finst frå før. Bruk --erstatt, eller --ut ei anna mappe.`));
      process.exit(2);
    }
    rmSync(target, { recursive: true, force: true });
  }
  mkdirSync(join(target, 'tilbud'), { recursive: true });
  mkdirSync(join(target, 'kontakter'), { recursive: true });
  writeFileSync(
    join(target, 'profil.yaml'),
    PROFILE_HEADER[language] + stringify(ordered, { lineWidth: 0 }).replace(/^(\s*)(phone|brandColor): ([^"\n]+)$/gm, '$1$2: "$3"') + PROFILE_OPTIONAL[language],
  );
  writeFileSync(join(target, 'omdirigeringer.yaml'), REDIRECTS[language]);
  writeFileSync(join(target, 'kontakter', 'README.md'), CONTACTS_README[language]);
  mkdirSync(join(target, 'arrangementer'), { recursive: true });
  writeFileSync(join(target, 'arrangementer', 'README.md'), EVENTS_README[language]);
  for (const offer of offers) writeFileSync(join(target, 'tilbud', `${offer.id}.mdx`), offer.text);
  rl?.close();
  const done = relative(root, target) || target;
  console.log(say(`\nFerdig: ${done} har profilen og ${offers.length} tilbud som utkast.`, `\nFerdig: ${done} har profilen og ${offers.length} tilbod som utkast.`));
  console.log(
    say(
      'Neste steg: skriv tilbudene ferdig, se dem med «npm start», og bygg med «npm run build» (se README).',
      'Neste steg: skriv tilboda ferdig, sjå dei med «npm start», og bygg med «npm run build» (sjå README).',
    ),
  );
}

await main();
