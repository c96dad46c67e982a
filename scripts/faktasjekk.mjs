#!/usr/bin/env node
/**
 * `npm run faktasjekk`: the web editor's check before publishing. Lists every page,
 * offer, contact and law section with the date it was last checked, oldest first, and
 * marks what is older than 12 months, never checked, or has no source with an address.
 * Prints the facts that need attention, and writes all of them to faktasjekk.csv.
 *
 *   npm run faktasjekk [-- --out faktasjekk.csv] [--today 2026-12-01]
 *
 * Reads the national folder in the site's written language (content/nasjonalt, or
 * content/nasjonalt-nn when the profile says `language: nn`) and the municipality's part
 * (PG_LOKALT, default content/lokalt).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string' }, today: { type: 'string' } } });
const today = values.today ? new Date(`${values.today}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) {
  console.error(`--today må være en dato på formen ÅÅÅÅ-MM-DD, ikke «${values.today}».`);
  process.exit(2);
}
const out = resolve(values.out ?? 'faktasjekk.csv');

// The content reader and the report are TypeScript; Vite runs them as the build does.
const load = async (file) => (await runnerImport(join(root, file), { configFile: false, logLevel: 'silent' })).module;
const { readContent } = await load('src/integrations/readContent.ts');
const { factCheck, toCsv, toText } = await load('src/lib/factCheck.ts');
const { alsoLanguage, localDir, localLanguageDir, nationalDir, siteLanguage } = await load('src/siteConfig.ts');

// With a second written language (alsoLanguage, docs/adr/0018), the municipality's own offers and pages
// in that language (<lokalt>/<lang>/tilbud/ and sider/) are listed too: each is checked on its own.
const also = alsoLanguage(root);
const versionsDir = also ? resolve(root, localLanguageDir(also)) : undefined;
const versions = versionsDir ? readContent(join(root, nationalDir(also)), resolve(root, localDir()), versionsDir).filter((file) => file.file.startsWith(`${versionsDir}/`)) : [];
const files = [...readContent(join(root, nationalDir(siteLanguage(root))), resolve(root, localDir())), ...versions].map((file) => ({
  ...file,
  file: file.file.startsWith(root) ? file.file.slice(root.length) : file.file,
}));
const rows = factCheck(files, today);
writeFileSync(out, `\uFEFF${toCsv(rows)}`);
console.log(toText(rows, today));
console.log(`\nHele listen står i ${out} (åpnes i et regneark).`);
