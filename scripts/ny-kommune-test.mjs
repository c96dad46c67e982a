#!/usr/bin/env node
/**
 * A new municipality, as the README takes a web editor through it: `npm run ny-kommune`
 * (all offers, without questions) into tmp/ny-kommune-test/, three offers written and
 * checked (text, sources, date, the line `draft: true` deleted), ten offer files deleted,
 * `npm run build` (PG_LOKALT, PG_OUT), and then the built site read in node:
 * - the three offers are published, with the words the editor wrote; the ten deleted ones
 *   and the drafts still unwritten are not, and the build's summary counts those drafts;
 * - no word, number or logo of the example municipality is on any page or calendar file:
 *   its name, web address, the office's phone, e-mail and address, its units' phone
 *   numbers and e-mail addresses, its event places, and its logo (read from content/lokalt while that is
 *   the example, as in a fresh clone);
 * - no «Utkast» label and no unfilled `{kontor}`; the address list was made by the build;
 * - what the new files tell the editor (comments, headings, READMEs) has no word of the other
 *   written language (tests/support/writtenWords.ts).
 * The browser suite runs over the example and the test municipality; this is the fast check
 * for a new one. `--sprak nn` does the same for a municipality that writes nynorsk and keeps
 * its folder outside the project (the system's temporary folder; built to dist-ny-kommune-nn/):
 * its offers from content/nasjonalt-nn,
 * the editor's text in nynorsk, and every page with `lang="nn"`. Exits non-zero and names each problem.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { FORBIDDEN, wordPattern } from '../tests/support/writtenWords.ts';

const { values: flags } = parseArgs({ options: { sprak: { type: 'string', default: 'nb' } } });
if (!['nb', 'nn'].includes(flags.sprak)) {
  console.error(`Ny kommune: --sprak må være nb eller nn, ikke «${flags.sprak}».`);
  process.exit(2);
}
const NYNORSK = flags.sprak === 'nn';
const LANGUAGE = flags.sprak;
// The nynorsk municipality keeps its folder outside the project, as a municipality may
// (`PG_LOKALT=../min-kommune/lokalt`, README), so that way is built and read too.
const DIR = NYNORSK ? join(tmpdir(), 'parorendeguiden-ny-kommune-test-nn') : 'tmp/ny-kommune-test';
const LOCAL = `${DIR}/lokalt`;
const OUT = NYNORSK ? 'dist-ny-kommune-nn' : 'dist-ny-kommune';
const NAME = 'Prøvevik kommune';
/** The national folder the new municipality's pages are built from, in its language. */
const NATIONAL = NYNORSK ? 'content/nasjonalt-nn' : 'content/nasjonalt';
/** What the editor writes, in the municipality's written language. */
const EDITOR = NYNORSK
  ? { hours: 'Kvardagar 09.00–14.00', lead: (number) => `Prøvevik skriv her om tilbod nummer ${number}, slik det er hos oss.`, body: 'Ring <Kontor />, så fortel vi meir.', source: 'Planen for pårørandestøtte i Prøvevik kommune' }
  : { hours: 'Hverdager 09.00–14.00', lead: (number) => `Prøvevik skriver her om tilbud nummer ${number}, slik det er hos oss.`, body: 'Ring <Kontor />, så forteller vi mer.', source: 'Prøvevik kommunes plan for pårørendestøtte' };
const EXAMPLE = 'content/lokalt';
// The build runs on the Node this script runs on (the project pins it), not whichever is first on PATH.
const PATH = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`;
const env = { ...process.env, PATH, ASTRO_TELEMETRY_DISABLED: '1', PG_LOKALT: LOCAL, PG_OUT: OUT };
delete env.PG_DRAFTS;
delete env.PG_SITE_URL;
delete env.PG_TODAY;

rmSync(DIR, { recursive: true, force: true });
rmSync(OUT, { recursive: true, force: true });
const made = spawnSync(
  process.execPath,
  [
    'scripts/ny-kommune.mjs', '--ut', LOCAL, '--kommune', NAME, '--kontor', 'Tildelingskontoret',
    '--telefon', '11 22 33 44', '--epost', 'tildeling@provevik.example', '--adresse', 'Prøvevegen 1, 0000 Prøvevik',
    '--apningstid', EDITOR.hours, '--nettadresse', 'https://www.provevik.example/parorende/', '--farge', '#7a2e8c',
    '--tilbud', 'alle', ...(NYNORSK ? ['--sprak', 'nn'] : []),
  ],
  { stdio: 'inherit', env },
);
if (made.status !== 0) process.exit(1);

const problems = [];
// What the new files tell the editor (the comments, the offers' headings and prompts, the
// READMEs) is in the municipality's written language: none of the other language's words.
// Not the search words an offer starts with: people search in both, as the national offers do.
const guidance = (file, text) => {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const told = file.endsWith('.md')
    ? text
    : frontmatter !== undefined
      ? [...frontmatter.split('\n').filter((line) => /^(#|lead:|howToGet:|howToApply:)/.test(line)), body].join('\n')
      : text.split('\n').flatMap((line) => (line.includes('#') ? [line.slice(line.indexOf('#'))] : [])).join('\n');
  // Code, folder names, paths and lists of IDs are the project's own, whatever the language
  // (`tilbud/`, `offers: [avlastning, dagtilbud]`).
  return told.replace(/`[^`]*`/g, ' ').replace(/\S*\/\S*/g, ' ').replace(/\[[^\]\n]*\]/g, ' ');
};
const otherWords = wordPattern(FORBIDDEN[LANGUAGE].words);
for (const name of readdirSync(LOCAL, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(ya?ml|mdx|md)$/.test(name))) {
  const found = [...new Set([...guidance(name, readFileSync(join(LOCAL, name), 'utf8')).matchAll(otherWords)].map((match) => match[0]))];
  if (found.length > 0) problems.push(`${LOCAL}/${name}: ${FORBIDDEN[LANGUAGE].name} i det redaktøren leser: ${found.map((word) => `«${word}»`).join(', ')}`);
}
// No --sprak: bokmål, written out in the profile so the editor sees where to choose nynorsk.
if (parse(readFileSync(join(LOCAL, 'profil.yaml'), 'utf8'))?.language !== LANGUAGE) problems.push(`${LOCAL}/profil.yaml: har ikke «language: ${LANGUAGE}»`);
const offerDir = join(LOCAL, 'tilbud');
const started = readdirSync(offerDir).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -'.mdx'.length)).sort();
if (started.length < 13) {
  console.error(`Ny kommune: bare ${started.length} tilbud ble laget; testen trenger minst 13.`);
  process.exit(1);
}

// Three offers written as an editor would: in the file, by hand.
const WRITTEN = ['avlastning', 'dagtilbud', 'stottekontakt'].filter((id) => started.includes(id));
if (WRITTEN.length < 3) WRITTEN.push(...started.filter((id) => !WRITTEN.includes(id)).slice(0, 3 - WRITTEN.length));
// Each its own words, told apart by number: an offer's ID («avlastning») is bokmål on a nynorsk site.
const leadOf = (id) => EDITOR.lead(WRITTEN.indexOf(id) + 1);
for (const id of WRITTEN) {
  const file = join(offerDir, `${id}.mdx`);
  const text = readFileSync(file, 'utf8')
    .replace(/^lead: .*$/m, `lead: "${leadOf(id)}"`)
    .replace(/^draft: true\n/m, `sources:\n  - { title: "${EDITOR.source}" }\nlastChecked: 2026-12-01\n`)
    .replace(/\{\/\* Skriv her\. \*\/\}/g, EDITOR.body);
  if (/^draft: true$/m.test(text)) problems.push(`${file}: fant ikke linjen «draft: true» å slette`);
  writeFileSync(file, text);
}
// Ten offers the municipality does not have: the files are deleted.
const REMOVED = started.filter((id) => !WRITTEN.includes(id)).slice(0, 10);
for (const id of REMOVED) rmSync(join(offerDir, `${id}.mdx`));
const STILL_DRAFTS = started.filter((id) => !WRITTEN.includes(id) && !REMOVED.includes(id));

const build = spawnSync('node_modules/.bin/astro', ['build'], { env, encoding: 'utf8' });
// Colours off or on (CI turns them on), the log is read as plain text.
const log = `${build.stdout}${build.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
if (build.status !== 0) {
  console.error(log.split('\n').slice(-40).join('\n'));
  console.error('Ny kommune: bygget feilet.');
  process.exit(1);
}
const summary = /Ferdig: .*$/m.exec(log)?.[0];
console.log(summary ?? '(fant ikke sammendraget)');
if (!summary?.includes(`${STILL_DRAFTS.length} utkast utelatt`)) problems.push(`sammendraget skulle telle ${STILL_DRAFTS.length} utkast utelatt: «${summary}»`);
// A quiet build: the only warnings are the content check's own (links to the drafts that become text).
const otherWarnings = log.split('\n').filter((line) => /warn/i.test(line) && !new RegExp(`\\[WARN\\] \\[parorendeguiden\\] ${LOCAL}/tilbud/[a-z0-9-]+\\.mdx: `).test(line));
if (otherWarnings.length > 0) problems.push(`bygget ga andre advarsler enn innholdskontrollens:\n${otherWarnings.slice(0, 5).join('\n')}`);

const files = [];
const walk = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') walk(path);
    } else if (/\.(html|ics)$/.test(name)) files.push(path);
  }
};
walk(OUT);
const pages = files.filter((file) => file.endsWith('.html'));

for (const page of ['index.html', 'tilbud/index.html', 'kalender/index.html', 'personvernerklaering/index.html', 'tilgjengelighetserklaering/index.html', '404.html']) {
  if (!existsSync(join(OUT, page))) problems.push(`${page} ble ikke bygget`);
}
for (const id of WRITTEN) {
  const page = join(OUT, 'tilbud', id, 'index.html');
  if (!existsSync(page)) problems.push(`tilbudet som ble skrevet ferdig, ${id}, ble ikke publisert`);
  else if (!readFileSync(page, 'utf8').includes(leadOf(id))) problems.push(`${page}: har ikke teksten redaktøren skrev`);
}
for (const id of [...REMOVED, ...STILL_DRAFTS]) {
  if (existsSync(join(OUT, 'tilbud', id, 'index.html'))) problems.push(`tilbud/${id} ble publisert, men er ${REMOVED.includes(id) ? 'slettet' : 'et utkast'}`);
}
const addresses = join(LOCAL, 'publiserte-adresser.txt');
if (!existsSync(addresses)) problems.push('bygget laget ikke publiserte-adresser.txt');
else for (const id of WRITTEN) if (!readFileSync(addresses, 'utf8').includes(`/tilbud/${id}/\n`)) problems.push(`publiserte-adresser.txt mangler /tilbud/${id}/`);

// Everything that is the example municipality's own, read from its files (less what the national part has too).
const national = [...walkText(NATIONAL)].join('\n');
function* walkText(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* walkText(path);
    else if (/\.(ya?ml|mdx)$/.test(name)) yield readFileSync(path, 'utf8');
  }
}
const exampleProfile = parse(readFileSync(join(EXAMPLE, 'profil.yaml'), 'utf8'));
const exampleWords = new Set([
  exampleProfile.municipality,
  new URL(exampleProfile.siteUrl).host,
  exampleProfile.office.phone,
  exampleProfile.office.email,
  exampleProfile.office.address,
  ...exampleProfile.office.address.split(',').map((part) => part.trim()),
]);
for (const text of walkText(join(EXAMPLE, 'kontakter'))) {
  for (const [number] of text.matchAll(/\b\d{2} \d{2} \d{2} \d{2}\b/g)) exampleWords.add(number);
  for (const [email] of text.matchAll(/[\w.-]+@[\w.-]+\.[a-z]+/g)) exampleWords.add(email);
}
for (const text of walkText(join(EXAMPLE, 'arrangementer'))) {
  const event = parse(text);
  if (event?.place?.address) exampleWords.add(event.place.address);
}
// Once a municipality has put its own content in content/lokalt (npm run ny-kommune there), the
// example is not on this machine to compare with; the comparison is made wherever it is.
const exampleHere = exampleProfile.example === true;
const words = exampleHere ? [...exampleWords].filter((word) => typeof word === 'string' && word.length >= 5 && !national.includes(word)) : [];
const logoPaths = exampleHere && exampleProfile.logo?.endsWith('.svg') ? [...readFileSync(join(EXAMPLE, exampleProfile.logo), 'utf8').matchAll(/ d="([^"]{12,})"/g)].map((m) => m[1]) : [];

// What a reader sees: the text of the page, without scripts and data for the islands.
const visible = (html) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const word of words) if (text.includes(word)) problems.push(`${file}: har «${word}» fra eksempelkommunen`);
  for (const path of logoPaths) if (text.includes(path)) problems.push(`${file}: har eksempelkommunens logo`);
  if (!file.endsWith('.html')) continue;
  if (/pg-brand__logo/.test(text)) problems.push(`${file}: har en logo, men den nye kommunen har ingen`);
  const seen = visible(text);
  const token = /\{(kontor|Kontor|kommune|Kommune|[a-z]+)\}/.exec(seen);
  if (token) problems.push(`${file}: uutfylt ${token[0]}`);
  if (/Utkast/.test(seen)) problems.push(`${file}: viser «Utkast»`);
}
// Every page in the profile's written language; the English section under /en/ in English.
for (const file of pages) {
  const english = file.startsWith(join(OUT, 'en') + '/') || file === join(OUT, 'en', 'index.html');
  const lang = english ? 'en' : LANGUAGE;
  if (!new RegExp(`<html lang="${lang}"`).test(readFileSync(file, 'utf8'))) problems.push(`${file}: er ikke på ${english ? 'engelsk' : NYNORSK ? 'nynorsk' : 'bokmål'} (lang="${lang}")`);
}
if (!pages.some((file) => readFileSync(file, 'utf8').includes(NAME))) problems.push(`ingen side har kommunens navn «${NAME}»`);
if (exampleHere && words.length < 8) problems.push(`fant bare ${words.length} ord fra eksempelkommunen å lete etter; testen leter for lite`);

if (problems.length > 0) {
  console.error(`Ny kommune: ${problems.length} feil:\n${problems.slice(0, 40).join('\n')}`);
  process.exit(1);
}
console.log(
  `Ny kommune: ${pages.length} sider bygget; ${WRITTEN.length} tilbud skrevet og publisert, ${REMOVED.length} slettet, ${STILL_DRAFTS.length} utkast utelatt; ` +
    (exampleHere
      ? `ingen av ${words.length} ord og tall fra eksempelkommunen, og ikke logoen.`
      : `${EXAMPLE} er en annen kommune enn eksempelet, så sidene er ikke sammenlignet med eksempelet.`),
);
