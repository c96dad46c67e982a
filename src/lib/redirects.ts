/**
 * Addresses that send the reader on to another page: short, speakable addresses
 * (`/avlastning/` → `/tilbud/avlastning/`) and the old addresses of renamed pages.
 * The lists are data (`content/nasjonalt/omdirigeringer.yaml` and the same file in the
 * local folder); this checks them and turns them into Astro's `redirects`.
 * Pure: it gets the parsed files and the known IDs, never touches the disk.
 */
import { offerPath, pagePath, RESERVED_IDS } from './routes';
import type { ContentProblem } from './content/issues';

/** One redirect file as read from disk: `korte` (short addresses) and `flyttet` (moved pages). */
export interface RedirectFile {
  file: string;
  data: unknown;
}

export interface Redirect {
  /** The address that sends on, as a site path without the base: `/avlastning/`. */
  from: string;
  /** Where it sends to, as a site path: `/tilbud/avlastning/`. */
  to: string;
  /** `kort` for a short address, `flyttet` for a renamed page. */
  kind: 'kort' | 'flyttet';
  /** The ID or path the editor wrote on the right-hand side. */
  target: string;
}

export interface KnownSite {
  offerIds: ReadonlySet<string>;
  pageIds: ReadonlySet<string>;
  /** Site paths of routes that are not content (`/tilbud/`, `/brosjyrer/`). */
  staticRoutes: ReadonlySet<string>;
  /** IDs that exist but are not published in this build (an offer the municipality lacks, a draft): a redirect to one is left out with a warning. */
  absentIds?: ReadonlySet<string>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+$/;

/** `/gammel-side` or `gammel-side` → `/gammel-side/`. */
export const normalisePath = (path: string): string => `/${path.trim().replace(/^\/+|\/+$/g, '')}/`;

/** The site path an ID or path on the right-hand side points to, or undefined when it does not exist. */
export function resolveTarget(target: string, known: KnownSite): string | undefined {
  if (target.startsWith('/')) {
    const path = normalisePath(target);
    if (known.staticRoutes.has(path)) return path;
    if (path.startsWith('/tilbud/') && known.offerIds.has(path.slice('/tilbud/'.length, -1))) return path;
    return known.pageIds.has(path.slice(1, -1)) ? path : undefined;
  }
  if (known.offerIds.has(target)) return offerPath(target);
  if (known.pageIds.has(target)) return pagePath(target);
  return undefined;
}

/** The paths the site itself publishes, which no redirect may take. */
function publishedPaths(known: KnownSite): Set<string> {
  return new Set([...known.staticRoutes, ...[...known.offerIds].map(offerPath), ...[...known.pageIds].map(pagePath)]);
}

/**
 * Checks the redirect files and returns the redirects, or the problems (file and line
 * an editor can act on). A redirect may not take a published address or a reserved
 * name, may not point to something that does not exist, and so never to another redirect.
 */
export function readRedirects(
  files: readonly RedirectFile[],
  known: KnownSite,
): { redirects: Redirect[]; problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const redirects: Redirect[] = [];
  const taken = publishedPaths(known);
  const seen = new Map<string, string>();

  for (const { file, data } of files) {
    if (data === null || data === undefined) continue;
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file, problem: 'filen skal ha gruppene «korte» og «flyttet»' });
      continue;
    }
    for (const key of Object.keys(data)) {
      if (key !== 'korte' && key !== 'flyttet') problems.push({ file, problem: `ukjent gruppe «${key}». Bruk «korte» eller «flyttet»` });
    }
    const groups = data as { korte?: unknown; flyttet?: unknown };
    for (const kind of ['korte', 'flyttet'] as const) {
      const group = groups[kind];
      if (group === undefined || group === null) continue;
      if (typeof group !== 'object' || Array.isArray(group)) {
        problems.push({ file, problem: `${kind}: skal være linjer på formen «fra: til»` });
        continue;
      }
      for (const [rawFrom, rawTarget] of Object.entries(group)) {
        const where = `${kind}.${rawFrom}`;
        if (typeof rawTarget !== 'string' || rawTarget.trim() === '') {
          problems.push({ file, problem: `${where}: mangler hvor adressen skal sende videre` });
          continue;
        }
        const target = rawTarget.trim();
        if (kind === 'korte' && !SLUG.test(rawFrom)) {
          problems.push({ file, problem: `${where}: en kort adresse skrives med små bokstaver a–z, tall og bindestrek, for eksempel «avlastning»` });
          continue;
        }
        const from = normalisePath(rawFrom);
        if (!PATH.test(from)) {
          problems.push({ file, problem: `${where}: «${rawFrom}» er ikke en adresse på formen /gammel-side/` });
          continue;
        }
        const first = from.split('/')[1] ?? '';
        if (from.split('/').length === 3 && (RESERVED_IDS as readonly string[]).includes(first)) {
          problems.push({ file, problem: `${where}: adressen «${from}» er opptatt av en fast side` });
          continue;
        }
        if (taken.has(from)) {
          problems.push({ file, problem: `${where}: adressen «${from}» er en side som finnes. En side kan ikke sende videre til en annen` });
          continue;
        }
        const earlier = seen.get(from);
        if (earlier) {
          problems.push({ file, problem: `${where}: adressen «${from}» står allerede i ${earlier}` });
          continue;
        }
        const to = resolveTarget(target, known);
        const targetId = target.startsWith('/') ? normalisePath(target).replace(/^\/(tilbud\/)?|\/$/g, '') : target;
        if (!to && known.absentIds?.has(targetId)) {
          warnings.push({ file, problem: `${where}: sender ikke videre, fordi «${target}» ikke er med på nettstedet (ikke et tilbud kommunen har, eller et utkast)` });
          continue;
        }
        if (!to) {
          problems.push({ file, problem: `${where}: «${target}» er ikke et tilbud, en side eller en fast adresse som finnes` });
          continue;
        }
        seen.set(from, file);
        redirects.push({ from, to, kind: kind === 'korte' ? 'kort' : 'flyttet', target });
      }
    }
  }
  return { redirects, problems, warnings };
}

/** Astro's `redirects` option: source route → destination, both without the base. */
export const astroRedirects = (redirects: readonly Redirect[]): Record<string, string> =>
  Object.fromEntries(redirects.map((redirect) => [redirect.from, redirect.to]));

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page a static host serves at a redirect's old address. Astro's own is in English,
 * without `lang` and without the site's CSP; this one is Norwegian, has a strict CSP of
 * its own (it loads nothing) and a link for when the refresh does not happen. `preview` is
 * the target's Open Graph tags as built (HTML), so that a short address sent by text
 * message shows the target's preview.
 */
export function redirectPage(words: { title: string; text: string; windowTitle: string }, to: { href: string; absolute: string }, preview = '', lang = 'nb'): string {
  const href = escapeHtml(to.href);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'none'; style-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(words.windowTitle)}</title>
<meta http-equiv="refresh" content="0; url=${href}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(to.absolute)}">${preview ? `\n${preview}` : ''}
</head>
<body>
<main>
<h1>${escapeHtml(words.title)}</h1>
<p>${escapeHtml(words.text)} <a href="${href}">${escapeHtml(to.absolute)}</a></p>
</main>
</body>
</html>
`;
}
