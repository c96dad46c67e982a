/**
 * A short address as a person says it on the phone or writes it on a note: the site's
 * host and path without `https://` and without the trailing slash, for example
 * `www.eksempel.kommune.no/parorende/avlastning`. The host is kept as the profile gives
 * it (with `www.` if it has one), since that is the address that is sure to work.
 */
export function spokenAddress(siteUrl: string, from: string): string {
  const site = new URL(siteUrl);
  const base = site.pathname.replace(/\/+$/, '');
  const path = from.replace(/^\/+|\/+$/g, '');
  return `${site.host}${base}/${path}`;
}

/** The short addresses (site paths such as `/avlastning/`) that lead to `target`, shortest first. */
export function shortAddressesFor<R extends { from: string; to: string; kind: string }>(redirects: readonly R[], target: string): R[] {
  return redirects.filter((redirect) => redirect.kind === 'kort' && redirect.to === target).sort((a, b) => a.from.length - b.from.length || a.from.localeCompare(b.from));
}
