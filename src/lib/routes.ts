/**
 * Every address the site publishes, built in one place. Paths here are without
 * the deployment base; `withBase` adds it. Offer and page addresses are stable:
 * see docs/adr/0002-stabile-adresser.md.
 */

/** Routes that are pages of their own, not content files. Content IDs may not take these names. */
export const STATIC_ROUTES = [
  '/',
  '/tilbud/',
  '/sok/',
  '/a-a/',
  '/tilbudstrappen/',
  '/brosjyrer/',
  '/brosjyrer/for-parorende/',
  '/brosjyrer/samle/',
  '/for-ansatte/',
  '/for-ansatte/sett-sammen/',
  '/hva-er-viktig-for-deg/',
  '/kalender/',
  '/skjerm/',
  '/ordliste/k-aa/',
  '/a-a/m-aa/',
] as const;

/** Top-level names reserved for routes and assets, so no guide page can shadow them. */
export const RESERVED_IDS = [
  'tilbud',
  'sok',
  'a-a',
  'hva-er-viktig-for-deg',
  'brosjyrer',
  'for-ansatte',
  'tilbudstrappen',
  'kalender',
  'skjerm',
  'pagefind',
  // The English section (docs/adr/0017-engelsk-del.md).
  'en',
  '_astro',
  '404',
] as const;

/**
 * The folders under `/tilbud/` that hold the filter pages (`/tilbud/behov/<behov>/`,
 * `/tilbud/for/<målgruppe>/`). No offer may take these names.
 */
export const OFFER_FILTER_SEGMENTS = ['behov', 'for'] as const;
export type OfferFilterSegment = (typeof OFFER_FILTER_SEGMENTS)[number];
export const RESERVED_OFFER_IDS = OFFER_FILTER_SEGMENTS;

export const offerPath = (id: string): string => `/tilbud/${id}/`;

/**
 * The page a section of guide pages has as its overview, if it has one: the rights overview
 * (content/nasjonalt/sider/rettigheter.mdx) for `rettigheter`. Breadcrumbs lead there.
 */
export function sectionPath(section: string): string | undefined {
  return section === 'rettigheter' ? '/rettigheter/' : undefined;
}
/** A filter page of the offer list. `offerFilterPath('behov', 'sorg')` → `/tilbud/behov/sorg/`. */
export const offerFilterPath = (filter: OfferFilterSegment, value: string): string => `/tilbud/${filter}/${value}/`;
export const pagePath = (id: string): string => `/${id}/`;
/** The one-page printable info sheet of an offer. */
export const sheetPath = (id: string): string => `/brosjyrer/tilbud/${id}/`;

/** Joins the deployment base (`/` or `/parorende/`) and a site path (`/tilbud/`). */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The site path a root-relative link in content points to, or undefined when the
 * link is external, a fragment only, or not root-relative. `/tilbud/x/#a` → `/tilbud/x/`.
 */
export function internalTarget(href: string): { path: string; fragment?: string } | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const [beforeHash, fragment] = href.split('#', 2);
  const path = (beforeHash ?? '').split('?', 1)[0] ?? '';
  return fragment === undefined ? { path } : { path, fragment };
}

/** An event's page: `/kalender/<id>/`. It stays when the event is over, and says so. */
export const eventPath = (id: string): string => `/kalender/${id}/`;
/** An event's calendar file: `/kalender/<id>.ics`. */
export const eventIcsPath = (id: string): string => `/kalender/${id}.ics`;
/** The whole calendar as one file to subscribe to. */
export const CALENDAR_FEED_PATH = '/kalender.ics';
/** A filter page of the calendar. `calendarFilterPath('behov', 'sorg')` → `/kalender/behov/sorg/`. */
export const calendarFilterPath = (filter: OfferFilterSegment, value: string): string => `/kalender/${filter}/${value}/`;
