/**
 * The committed list of published addresses (`publiserte-adresser.txt` in the local
 * content, created by the first build): every
 * address the site has ever published, one per line. An address may never disappear:
 * a page that is renamed must leave a redirect at its old address (omdirigeringer.yaml),
 * and a redirect is a built page too. Pure, so the rules are unit-tested.
 */

/** The comment at the top of a new list. */
export const ADDRESS_HEADER = `# Alle adresser nettstedet har publisert for kommunen. Slett aldri en linje: en side
# som får nytt navn, skal sende videre fra den gamle adressen (omdirigeringer.yaml).
# Listen lages ved første bygg; nye adresser legges til med «npm run addresses».
`;

/** The addresses in the list file: one site path per line; `#` starts a comment. */
export function parseAddressList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** Published addresses that the built site no longer has, neither as a page nor as a redirect. */
export function missingAddresses(published: readonly string[], built: readonly string[]): string[] {
  const have = new Set(built);
  return published.filter((address) => !have.has(address));
}

/** The list file with new built addresses added in order; nothing is ever removed, comments are kept. */
export function addAddresses(text: string, built: readonly string[]): { text: string; added: string[] } {
  const known = new Set(parseAddressList(text));
  const added = built.filter((address) => !known.has(address) && address !== '/404.html');
  if (added.length === 0) return { text, added };
  const lines = text.replace(/\n+$/, '').split('\n');
  const header = lines.filter((line) => line.startsWith('#'));
  const addresses = [...known, ...added].sort();
  return { text: `${[...header, ...addresses].join('\n')}\n`, added };
}
