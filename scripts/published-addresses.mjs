#!/usr/bin/env node
/**
 * `npm run addresses` (after `npm run build`): adds every address the built demo site
 * publishes to tests/published-addresses.txt. It never removes one: an address that is
 * published stays published, and tests/e2e/published-addresses.spec.ts fails if one
 * disappears without a redirect (omdirigeringer.yaml in the national folder, content/nasjonalt
 * or content/nasjonalt-nn, and in content/lokalt). The addresses are the same in both written languages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { addAddresses } from '../src/lib/addresses.ts';
import { builtPages } from '../tests/support/sites.ts';

const FILE = 'tests/published-addresses.txt';
const HEADER = `# Alle adresser nettstedet (eksempelkommunen) har publisert. Slett aldri en linje:
# en side som får nytt navn, skal sende videre fra den gamle adressen
# (se omdirigeringer.yaml i content/nasjonalt og content/nasjonalt-nn). Nye adresser legges til med «npm run addresses».
`;
let text;
try {
  text = readFileSync(FILE, 'utf8');
} catch {
  text = HEADER;
}
const { text: updated, added } = addAddresses(text, builtPages(process.env.PG_OUT ?? 'dist'));
writeFileSync(FILE, updated);
console.log(added.length ? `La til ${added.length} adresser:\n${added.join('\n')}` : 'Ingen nye adresser.');
