#!/usr/bin/env node
/**
 * `npm run addresses` (after `npm run build`): adds every address the built site
 * publishes to publiserte-adresser.txt in the local content (PG_LOKALT, default content/lokalt). It never removes one: an address that is
 * published stays published, and tests/e2e/published-addresses.spec.ts fails if one
 * disappears without a redirect (omdirigeringer.yaml in the national folder, content/nasjonalt
 * or content/nasjonalt-nn, and in content/lokalt). The addresses are the same in both written languages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { ADDRESS_HEADER, addAddresses } from '../src/lib/addresses.ts';

// tests/support/sites.ts reads the site's language through src/siteConfig.ts, whose imports
// name no file extension; Vite runs it as the build does.
const root = fileURLToPath(new URL('..', import.meta.url));
const { builtPages } = (await runnerImport(join(root, 'tests/support/sites.ts'), { configFile: false, logLevel: 'silent' })).module;

const FILE = join(process.env.PG_LOKALT ?? 'content/lokalt', 'publiserte-adresser.txt');
const HEADER = ADDRESS_HEADER;
let text;
try {
  text = readFileSync(FILE, 'utf8');
} catch {
  text = HEADER;
}
const { text: updated, added } = addAddresses(text, builtPages(process.env.PG_OUT ?? 'dist'));
writeFileSync(FILE, updated);
console.log(added.length ? `La til ${added.length} adresser:\n${added.join('\n')}` : 'Ingen nye adresser.');
