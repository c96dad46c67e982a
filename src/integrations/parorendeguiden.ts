/**
 * The project's Astro integration: before the build it checks all content, the redirects,
 * the profile and the logo against the contract in one round (and stops with one message
 * naming file and field, without a stack trace), takes `site` and
 * `base` from the profile, generates the theme from its brand colour, and turns the
 * redirect lists (`omdirigeringer.yaml`) into Astro redirects, and adds the sitemap
 * (@astrojs/sitemap, content pages only); after the build it gives the redirect pages the
 * site's language and CSP and their target's link preview, writes robots.txt, narrows each
 * page's CSP, indexes the site with Pagefind, and ends with a short summary: the calendar,
 * then pages, offers, drafts left out, warnings. Where the profile names a second written
 * language (`alsoLanguage`), it then builds that site under `<base><lang>/` by a second
 * `astro build` (src/integrations/alsoLanguage.ts, docs/adr/0018).
 */
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildSummary, reviewContent } from '../lib/content/check';
import { checkLogo, type LogoKind } from '../lib/content/logo';
import { alsoLanguage as alsoLanguageOf, DEFAULT_LANGUAGE, includeDrafts, isSecondPass, localDir, localLanguageDir, mainBaseOverride, nationalDir, siteLanguage, siteUrlOverride, todayOverride, type SiteLanguage } from '../siteConfig';
import { buildAlsoLanguage, orphanVersions, removeMainOnly } from './alsoLanguage';
import { mainSiteOnly } from '../lib/writtenLanguages';
import { checkNationalFolder } from './nationalFolder';
import { buildMoment, longDate, osloDate } from '../lib/events/dates';
import { isUpcoming, resolveEvent } from '../lib/events/events';
import { eventSchema } from '../schemas';
import { readContent } from './readContent';
import { buildTheme } from './theme';
import { trimCssPlugin } from './trimCss';
import { narrowCspInPages } from './narrowCsp';
import { indexWithPagefind } from './pagefind';
import { unified } from '@astrojs/markdown-remark';
import { remarkBaseLinks } from '../lib/content/remarkBaseLinks';
import { ContentError, formatProblems, type ContentProblem } from '../lib/content/issues';
import { astroRedirects, readRedirects, redirectPage, type Redirect } from '../lib/redirects';
import { pagePath, STATIC_ROUTES, withBase } from '../lib/routes';
import { inSitemap } from '../lib/structuredData';
import { t } from '../i18n';
import { ADDRESS_HEADER, addAddresses } from '../lib/addresses';

const REDIRECT_FILE = 'omdirigeringer.yaml';
/** The addresses this municipality has published, next to its content; see src/lib/addresses.ts. */
export const ADDRESS_LIST = 'publiserte-adresser.txt';

/** Every page address in the built site (`/`, `/tilbud/avlastning/`), as the address list writes them. */
function builtAddresses(out: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder)) {
      if (statSync(join(folder, name)).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(join(folder, name), `${prefix}${name}/`);
      } else if (name === 'index.html') pages.push(prefix);
      else if (name.endsWith('.html')) pages.push(`${prefix}${name}`);
    }
  };
  walk(out, '/');
  return pages.sort();
}

/** The file @astrojs/sitemap writes, which lists its sitemap files. */
const SITEMAP_FILE = 'sitemap-index.xml';

/** The Open Graph tags of a built page (`<meta property="og:…">`), for a redirect page to show its target's preview. */
export function openGraphTags(html: string): string {
  return [...html.matchAll(/<meta property="og:[a-z_]+" content="[^"]*">/g)].map(([tag]) => tag).join('\n');
}

/** robots.txt: every crawler may read everything, and the sitemap is here. */
export const robotsTxt = (...sitemapUrls: string[]): string => `User-agent: *\nAllow: /\n\n${sitemapUrls.map((url) => `Sitemap: ${url}\n`).join('')}`;

/** A CSS file with the site's own address, so print can write links out in full (`--pg-print-origin`). */
function buildSiteCss(root: string, address: URL): string {
  const dir = join(root, 'node_modules/.cache/parorendeguiden');
  mkdirSync(dir, { recursive: true });
  // Named by a hash of the whole origin: two sites built side by side never share the file.
  const file = join(dir, `site-${createHash('sha256').update(address.origin).digest('hex').slice(0, 20)}.css`);
  const origin = address.host.replace(/"/g, '');
  writeFileSync(file, `:root{--pg-print-origin:"${origin}"}\n`);
  return file;
}

/** The logo as a module: a raster logo is imported, so Astro's image pipeline resizes it; an SVG is inlined by the header. */
function buildLogoModule(root: string, logoFile: string | undefined, kind: LogoKind | undefined): string {
  const dir = join(root, 'node_modules/.cache/parorendeguiden');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'logo.mjs');
  const raster = logoFile && kind && kind !== 'svg';
  writeFileSync(file, raster ? `export { default as logo } from ${JSON.stringify(logoFile)};\n` : 'export const logo = undefined;\n');
  return file;
}

/**
 * Astro marks every MDX file's asset module with the directive "use astro:head-inject"
 * (astro/dist/content/vite-plugin-content-assets.js) and reads the marker itself before
 * bundling; the bundler then warns, once per MDX file, that it drops the directive. It is
 * harmless, and the wall of it hid the warnings that matter. Only that one is silenced.
 */
const quietWarnings: Plugin = {
  name: 'parorendeguiden:quiet-warnings',
  onLog(level, log) {
    if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return false;
    return undefined;
  },
};

/** Reads a file's bytes, or undefined when it is not there or cannot be read. */
function readBytes(file: string): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Stops the build with the message alone: a thrown error would print Astro's stack trace
 * after it, and the person who reads it needs the list, not the trace.
 */
function stop(logger: AstroIntegrationLogger, problems: readonly ContentProblem[]): never {
  logger.error(formatProblems(problems));
  process.exit(1);
}

/**
 * How many events and meetings still to come the build publishes, counted from its «now»,
 * in Norwegian: «Kalenderen: 4 kommende kurs, grupper og treff med 14 møter, regnet fra …».
 */
export function describeCalendar(files: readonly { collection: string; id: string; data: unknown }[], now: ReturnType<typeof buildMoment>): string {
  const today = osloDate(now);
  const events = files.flatMap((file) => {
    if (file.collection !== 'arrangementer') return [];
    const parsed = eventSchema.safeParse(file.data);
    return parsed.success ? [resolveEvent(file.id, parsed.data, today, now)] : [];
  });
  const upcoming = events.filter(isUpcoming);
  const meetings = upcoming.reduce((sum, event) => sum + event.upcoming.length, 0);
  const when = `regnet fra ${longDate(now)}`;
  if (upcoming.length === 0) return `Kalenderen: ingen kommende kurs, grupper eller treff er publisert (${when}).`;
  const what = upcoming.length === 1 ? '1 kommende kurs, gruppe eller treff' : `${upcoming.length} kommende kurs, grupper og treff`;
  return `Kalenderen: ${what} med ${meetings} ${meetings === 1 ? 'møte' : 'møter'} er publisert (${when}). Bygg på nytt hver natt, så forsvinner det som er over.`;
}

export function parorendeguiden(): AstroIntegration {
  let redirects: Redirect[] = [];
  let site = '';
  let siteBase = '/';
  let summary = { offers: 0, draftsLeftOut: [] as string[], eventsLeftOut: [] as string[], warnings: 0 };
  let localRoot = '';
  let calendarReport = '';
  let language: SiteLanguage = DEFAULT_LANGUAGE;
  // Bokmål and nynorsk side by side (docs/adr/0018): the profile's second written language,
  // built after this one by a second build into <out>/<lang>/; that build itself is `secondPass`.
  let also: SiteLanguage | undefined;
  const secondPass = isSecondPass();
  let siteAddress = '';
  let projectRoot = '';
  return {
    name: 'parorendeguiden',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger, command }) => {
        const root = fileURLToPath(config.root);
        const local = localDir();
        localRoot = resolve(root, local);
        // The development server shows drafts; `npm start` sets PG_DRAFTS=1; `npm run build` leaves them out.
        if (command === 'dev') process.env.PG_DRAFTS = '1';
        const drafts = includeDrafts();
        const relative = (file: string) => (file.startsWith(root) ? file.slice(root.length).replace(/^\/+/, '') : file);
        // The written language picks the national folder, so it is settled first; a wrong
        // value or a nynorsk folder with files missing stops here, without a stack trace.
        try {
          language = siteLanguage(root);
          checkNationalFolder(root, language);
          also = alsoLanguageOf(root);
          if (also) checkNationalFolder(root, also);
        } catch (error) {
          if (error instanceof ContentError) stop(logger, error.problems);
          const message = error instanceof Error ? error.message : String(error);
          const profileFile = resolve(root, local, 'profil.yaml');
          stop(logger, [{ file: relative(profileFile), problem: message.startsWith(`${profileFile}: `) ? message.slice(profileFile.length + 2) : message }]);
        }
        const NATIONAL_DIR = nationalDir(language);
        const files = readContent(join(root, NATIONAL_DIR), resolve(root, local), secondPass ? resolve(root, localLanguageDir(language)) : undefined).map((file) => ({
          ...file,
          file: relative(file.file),
        }));
        projectRoot = root;

        // Every check in one round: content, redirects, profile and logo, so the editor
        // gets the whole list at once.
        const now = buildMoment(todayOverride());
        const review = reviewContent(files, { drafts, today: osloDate(now) });
        const problems = [...review.problems];
        if (also && !secondPass) {
          // The offers and pages in the second written language are checked in this same round, before
          // anything is written: a broken one must not leave a half-published site (docs/adr/0018).
          const versionsDir = resolve(root, localLanguageDir(also));
          const versions = readContent(join(root, nationalDir(also)), resolve(root, local), versionsDir).map((file) => ({ ...file, file: relative(file.file) }));
          const inVersions = (problem: ContentProblem) => problem.file.startsWith(`${relative(versionsDir)}/`);
          problems.push(...reviewContent(versions, { drafts, today: osloDate(now) }).problems.filter(inVersions), ...orphanVersions(resolve(root, local), also, relative));
        }
        const redirectFiles = [join(root, NATIONAL_DIR, REDIRECT_FILE), resolve(root, local, REDIRECT_FILE)]
          .filter((file) => existsSync(file))
          .flatMap((file) => {
            try {
              return [{ file: relative(file), data: parse(readFileSync(file, 'utf8')) as unknown }];
            } catch (error) {
              problems.push({ file: relative(file), problem: `kan ikke leses: feil i YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
              return [];
            }
          });
        const read = readRedirects(redirectFiles, {
          offerIds: review.offerIds,
          pageIds: review.pageIds,
          staticRoutes: new Set(STATIC_ROUTES),
          absentIds: review.absentIds,
        });
        problems.push(...read.problems);
        // Short addresses and moved pages belong to the main site only (docs/adr/0018).
        redirects = secondPass ? [] : read.redirects;

        const profileFile = files.find((file) => file.collection === 'profil');
        const profile = (profileFile?.data ?? {}) as { siteUrl?: unknown; brandColor?: unknown; logo?: unknown };
        let logoKind: LogoKind | undefined;
        const logoFile = typeof profile.logo === 'string' && profile.logo.trim() ? resolve(root, local, profile.logo.trim()) : undefined;
        if (logoFile && profileFile) {
          const logo = checkLogo(basename(logoFile), readBytes(logoFile));
          if ('problem' in logo) problems.push({ file: profileFile.file, problem: logo.problem });
          else logoKind = logo.kind;
        }
        if (problems.length > 0) stop(logger, problems);

        for (const warning of [...review.warnings, ...(secondPass ? [] : read.warnings)]) logger.warn(`${warning.file}: ${warning.problem}`);
        summary = {
          offers: review.offerIds.size,
          draftsLeftOut: review.draftsLeftOut.map((file) => file.file),
          eventsLeftOut: review.eventsLeftOut.map((file) => file.file),
          warnings: review.warnings.length + read.warnings.length,
        };
        logger.info(`innholdet er i orden: ${files.length} filer fra ${NATIONAL_DIR} og ${local} (skriftspråk: ${language})`);
        const leftOut = new Set(review.eventsLeftOut);
        calendarReport = describeCalendar(
          files.filter((file) => !leftOut.has(file)),
          now,
        );

        const address = new URL(siteUrlOverride() ?? String(profile.siteUrl));
        const base = address.pathname.endsWith('/') ? address.pathname : `${address.pathname}/`;
        site = address.origin;
        siteBase = base;
        siteAddress = address.href;
        const theme = buildTheme(root, String(profile.brandColor));
        const offerIds = [...review.offerIds];
        const hiddenPaths = review.draftsLeftOut.filter((file) => file.collection === 'sider').map((file) => pagePath(file.id));
        updateConfig({
          site: address.origin,
          base,
          redirects: astroRedirects(redirects),
          integrations: [
            sitemap({
              namespaces: { news: false, xhtml: false, image: false, video: false },
              // Only pages of their own: not the 404 page, nor a page marked noindex (the
              // addresses that send on, the printouts, the search form, the screen).
              // Runs after this integration's build:done, so it reads the redirect pages as written.
              filter: (page) => {
                const path = new URL(page).pathname;
                const sitePath = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
                // The second written language's build leaves out the English section (removeMainOnly).
                if (secondPass && mainSiteOnly(sitePath)) return false;
                const file = join(fileURLToPath(config.outDir), sitePath, sitePath.endsWith('/') ? 'index.html' : '');
                return inSitemap(sitePath, existsSync(file) ? readFileSync(file, 'utf8') : '');
              },
            }),
          ],
          markdown: { processor: unified({ remarkPlugins: [[remarkBaseLinks, { base, offerIds, hiddenPaths, englishBase: mainBaseOverride() ?? base }]] }) },
          vite: {
            resolve: {
              alias: {
                'pg:theme.css': theme,
                'pg:site.css': buildSiteCss(root, address),
                'pg:logo': buildLogoModule(root, logoFile, logoKind),
              },
            },
            plugins: [quietWarnings, trimCssPlugin({ root, themeFile: theme, contentDirs: [NATIONAL_DIR, local] })],
          },
        });
      },
      'astro:build:done': async ({ dir, logger, pages }) => {
        const out = fileURLToPath(dir);
        if (secondPass) removeMainOnly(out);
        // The second written language is built anew after this one; an old build must not be indexed with this one.
        if (also && !secondPass) rmSync(join(out, also), { recursive: true, force: true });
        for (const redirect of redirects) {
          const file = join(out, redirect.from, 'index.html');
          const to = withBase(siteBase, redirect.to);
          const short = redirect.kind === 'kort';
          const title = short ? t('moved.shortTitle') : t('moved.title');
          const words = { title, text: short ? t('moved.shortText') : t('moved.text'), windowTitle: title };
          const target = join(out, redirect.to, 'index.html');
          const preview = existsSync(target) ? openGraphTags(readFileSync(target, 'utf8')) : '';
          writeFileSync(file, redirectPage(words, { href: to, absolute: new URL(to, site).href }, preview, language));
        }
        const sitemapUrl = new URL(`${siteBase}${SITEMAP_FILE}`, site).href;
        const sitemaps = also && !secondPass ? [sitemapUrl, new URL(`${siteBase}${also}/${SITEMAP_FILE}`, site).href] : [sitemapUrl];
        // robots.txt is read at the root of the domain only: the main build writes one, naming both sitemaps.
        if (!secondPass) writeFileSync(join(out, 'robots.txt'), robotsTxt(...sitemaps));
        if (siteBase !== '/' && !secondPass) {
          logger.info(`Nettstedet ligger under ${siteBase}: søkemotorer leser bare robots.txt på roten av domenet. Legg linjen «Sitemap: ${sitemapUrl}» til der.`);
        }
        if (redirects.length > 0) logger.info(`${redirects.length} adresser sender videre (omdirigeringer.yaml)`);
        await indexWithPagefind(fileURLToPath(dir), logger, secondPass ? language : `${language} og en`);
        narrowCspInPages(out, logger);
        const list = join(localRoot, ADDRESS_LIST);
        if (!secondPass && !existsSync(list)) {
          writeFileSync(list, addAddresses(ADDRESS_HEADER, builtAddresses(out)).text);
          logger.info(`laget listen over publiserte adresser: ${list}`);
        }
        logger.info(calendarReport);
        // The second written language's build leaves out the English section (removeMainOnly).
        const built = secondPass ? pages.filter((page) => !mainSiteOnly(`/${page.pathname.replace(/^\//, '')}`)) : pages;
        logger.info(buildSummary({ pages: built.length - redirects.length, ...summary }));
        if (also && !secondPass && !buildAlsoLanguage({ root: projectRoot, out, lang: also, mainUrl: new URL(siteBase, siteAddress).href, logger })) process.exit(1);
      },
    },
  };
}
