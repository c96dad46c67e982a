/**
 * What a page tells search engines and link previews about itself: schema.org data for
 * an offer the municipality gives (`GovernmentService`) and for the office on the front
 * page (`GovernmentOrganization`), and which built pages belong in the sitemap.
 * Pure; pages write the data compactly with `scriptJson` (src/lib/events/jsonLd.ts).
 */
import type { Provider } from './vocabulary';

type Json = Record<string, unknown>;

/** The municipality as an organisation and as the area it serves. */
const municipality = (name: string) => ({ '@type': 'GovernmentOrganization', name });
const area = (name: string) => ({ '@type': 'AdministrativeArea', name });

/**
 * An offer as a public service the municipality provides, or undefined for an offer
 * someone else gives (NAV, the hospital, a voluntary group): the site does not speak for them.
 */
export function offerJsonLd(offer: { title: string; lead: string; provider: Provider }, kommune: string): Json | undefined {
  if (offer.provider !== 'kommune') return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: offer.title,
    description: offer.lead,
    provider: municipality(kommune),
    areaServed: area(kommune),
  };
}

/** «Eksempelveien 1, 0000 Eksempelby» → street, postal code and place; otherwise the whole as the street address. */
export function postalAddress(address: string): Json {
  const parts = /^(.+),\s*(\d{4})\s+(.+)$/.exec(address.trim());
  const fields = parts ? { streetAddress: parts[1]!.trim(), postalCode: parts[2], addressLocality: parts[3]!.trim() } : { streetAddress: address.trim() };
  return { '@type': 'PostalAddress', ...fields, addressCountry: 'NO' };
}

/** A Norwegian eight-digit number with the country code, as search engines want it: «+47 12 34 56 78». */
export const internationalPhone = (phone: string): string => (/^\d{8}$/.test(phone.replace(/\s/g, '')) ? `+47 ${phone.trim()}` : phone.trim());

/** The office on the front page: how to reach it, as part of the municipality. */
export function officeJsonLd(office: { name: string; phone: string; email: string; address: string }, kommune: string, url: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: `${office.name}, ${kommune}`,
    telephone: internationalPhone(office.phone),
    email: office.email,
    address: postalAddress(office.address),
    url,
    parentOrganization: municipality(kommune),
    areaServed: area(kommune),
  };
}

const NOINDEX = /<meta name="robots" content="[^"]*\bnoindex\b[^"]*"\s*\/?>/i;

/**
 * Whether a built page belongs in the sitemap: every page but the 404 page and those that
 * ask search engines to leave them out (`<meta name="robots" content="noindex">`): the
 * addresses that send on, the waiting-room screen, the search form and the printouts.
 */
export function inSitemap(path: string, html: string): boolean {
  return !/^\/404(?:\.html|\/)?$/.test(path) && !NOINDEX.test(html);
}
