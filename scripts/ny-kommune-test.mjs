#!/usr/bin/env node
/**
 * A new municipality, straight after `npm run ny-kommune`, builds and has nothing of the
 * example municipality: runs ny-kommune without questions into tmp/ny-kommune-test/,
 * builds that site (PG_LOKALT, PG_OUT), and reads the built pages in node. The browser
 * suite runs over the example and the test municipality; this is the fast check for a new one.
 * Exits non-zero and names each problem.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'tmp/ny-kommune-test';
const LOCAL = `${DIR}/lokalt`;
const OUT = 'dist-ny-kommune';
const NAME = 'Prøvevik kommune';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PG_LOKALT: LOCAL, PG_OUT: OUT };
delete env.PG_DRAFTS;
delete env.PG_SITE_URL;

rmSync(DIR, { recursive: true, force: true });
rmSync(OUT, { recursive: true, force: true });
const run = (args) => spawnSync(args[0], args.slice(1), { stdio: 'inherit', env }).status === 0;
const made = run([
  process.execPath, 'scripts/ny-kommune.mjs', '--ut', LOCAL, '--kommune', NAME, '--kontor', 'Tildelingskontoret',
  '--telefon', '11 22 33 44', '--epost', 'tildeling@provevik.example', '--adresse', 'Prøvevegen 1, 0000 Prøvevik',
  '--apningstid', 'Hverdager 09.00–14.00', '--nettadresse', 'https://www.provevik.example/parorende/', '--farge', '#7a2e8c',
  '--tilbud', 'alle',
]);
if (!made || !run(['node_modules/.bin/astro', 'build'])) process.exit(1);

const problems = [];
const pages = [];
const walk = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') walk(path);
    } else if (name.endsWith('.html')) pages.push(path);
  }
};
walk(OUT);
for (const page of ['index.html', 'tilbud/index.html', 'tilbud/tjenestekontoret/index.html', 'personvernerklaering/index.html', '404.html']) {
  if (!existsSync(join(OUT, page))) problems.push(`${page} ble ikke bygget`);
}
if (!existsSync(join(LOCAL, 'publiserte-adresser.txt'))) problems.push('bygget laget ikke publiserte-adresser.txt');
if (existsSync(join(OUT, 'tilbud/avlastning/index.html'))) problems.push('et utkast (tilbud/avlastning) ble publisert');
// What a reader sees: the text of the page, without scripts and data for the islands.
const visible = (html) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
const example = readFileSync('content/lokalt/profil.yaml', 'utf8');
const exampleWords = ['Eksempel kommune', '12 34 56 78', 'eksempel.kommune.no', 'Eksempelveien', 'Eksempelby', 'tjenestekontoret@eksempel'].filter((word) => example.includes(word));
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const text = visible(html);
  for (const word of exampleWords) if (html.includes(word)) problems.push(`${file}: har «${word}» fra eksempelkommunen`);
  if (/pg-brand__logo/.test(html)) problems.push(`${file}: har en logo, men den nye kommunen har ingen`);
  const token = /\{(kontor|Kontor|kommune|Kommune|[a-z]+)\}/.exec(text);
  if (token) problems.push(`${file}: uutfylt ${token[0]}`);
  if (/Utkast/.test(text)) problems.push(`${file}: viser «Utkast»`);
}
if (!pages.some((file) => readFileSync(file, 'utf8').includes(NAME))) problems.push(`ingen side har kommunens navn «${NAME}»`);

if (problems.length > 0) {
  console.error(`Ny kommune: ${problems.length} feil:\n${problems.slice(0, 40).join('\n')}`);
  process.exit(1);
}
console.log(`Ny kommune: ${pages.length} sider bygget, ingenting fra eksempelkommunen, ingen uutfylte ord.`);
