/**
 * The project's Astro integration: before the build it checks all content against
 * the contract (and stops with one message naming file and field), takes `site` and
 * `base` from the profile, generates the theme from its brand colour, and turns the
 * redirect lists (`omdirigeringer.yaml`) into Astro redirects, and adds the sitemap
 * (@astrojs/sitemap, content pages only); after the build it gives the redirect pages the
 * site's language and CSP and their target's link preview, writes robots.txt, and indexes
 * the site with Pagefind.
 */
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../lib/content/check';
import { DEFAULT_LANGUAGE, localDir, nationalDir, siteLanguage, siteUrlOverride, todayOverride, type SiteLanguage } from '../siteConfig';
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
import { ContentError } from '../lib/content/issues';
import { astroRedirects, readRedirects, redirectPage, type Redirect } from '../lib/redirects';
import { STATIC_ROUTES, withBase } from '../lib/routes';
import { inSitemap } from '../lib/structuredData';
import { t } from '../i18n';

const REDIRECT_FILE = 'omdirigeringer.yaml';
/** The file @astrojs/sitemap writes, which lists its sitemap files. */
const SITEMAP_FILE = 'sitemap-index.xml';

/** The Open Graph tags of a built page (`<meta property="og:…">`), for a redirect page to show its target's preview. */
export function openGraphTags(html: string): string {
  return [...html.matchAll(/<meta property="og:[a-z_]+" content="[^"]*">/g)].map(([tag]) => tag).join('\n');
}

/** robots.txt: every crawler may read everything, and the sitemap is here. */
export const robotsTxt = (sitemapUrl: string): string => `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;

/** A CSS file with the site's own address, so print can write links out in full (`--pg-print-origin`). */
function buildSiteCss(root: string, address: URL): string {
  const dir = join(root, 'node_modules/.cache/parorendeguiden');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `site-${Buffer.from(address.origin).toString('hex').slice(0, 40)}.css`);
  const origin = address.host.replace(/"/g, '');
  writeFileSync(file, `:root{--pg-print-origin:"${origin}"}\n`);
  return file;
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
  let calendarReport = '';
  let language: SiteLanguage = DEFAULT_LANGUAGE;
  return {
    name: 'parorendeguiden',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const local = localDir();
        language = siteLanguage(root);
        const NATIONAL_DIR = nationalDir(language);
        checkNationalFolder(root, language);
        const files = readContent(join(root, NATIONAL_DIR), join(root, local)).map((file) => ({
          ...file,
          file: file.file.startsWith(root) ? file.file.slice(root.length).replace(/^\/+/, '') : file.file,
        }));
        const now = buildMoment(todayOverride());
        checkContent(files, { today: osloDate(now) });
        logger.info(`innholdet er i orden: ${files.length} filer fra ${NATIONAL_DIR} og ${local} (skriftspråk: ${language})`);
        calendarReport = describeCalendar(files, now);

        const redirectFiles = [join(root, NATIONAL_DIR, REDIRECT_FILE), join(root, local, REDIRECT_FILE)]
          .filter((file) => existsSync(file))
          .map((file) => ({ file: file.slice(root.length).replace(/^\/+/, ''), data: parse(readFileSync(file, 'utf8')) as unknown }));
        const read = readRedirects(redirectFiles, {
          offerIds: new Set(files.filter((file) => file.collection === 'tilbud').map((file) => file.id)),
          pageIds: new Set(files.filter((file) => file.collection === 'sider').map((file) => file.id)),
          staticRoutes: new Set(STATIC_ROUTES),
        });
        if (read.problems.length > 0) throw new ContentError(read.problems);
        redirects = read.redirects;

        const profile = parse(readFileSync(join(root, local, 'profil.yaml'), 'utf8')) as { siteUrl: string; brandColor: string };
        const address = new URL(siteUrlOverride() ?? profile.siteUrl);
        const base = address.pathname.endsWith('/') ? address.pathname : `${address.pathname}/`;
        site = address.origin;
        siteBase = base;
        const theme = buildTheme(root, profile.brandColor);
        const offerIds = files.filter((file) => file.collection === 'tilbud').map((file) => file.id);
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
                const file = join(fileURLToPath(config.outDir), sitePath, sitePath.endsWith('/') ? 'index.html' : '');
                return inSitemap(sitePath, existsSync(file) ? readFileSync(file, 'utf8') : '');
              },
            }),
          ],
          markdown: { processor: unified({ remarkPlugins: [[remarkBaseLinks, { base, offerIds }]] }) },
          vite: {
            resolve: { alias: { 'pg:theme.css': theme, 'pg:site.css': buildSiteCss(root, address) } },
            plugins: [trimCssPlugin({ root, themeFile: theme, contentDirs: [NATIONAL_DIR, local] })],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
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
        writeFileSync(join(out, 'robots.txt'), robotsTxt(sitemapUrl));
        if (siteBase !== '/') {
          logger.info(`Nettstedet ligger under ${siteBase}: søkemotorer leser bare robots.txt på roten av domenet. Legg linjen «Sitemap: ${sitemapUrl}» til der.`);
        }
        if (redirects.length > 0) logger.info(`${redirects.length} adresser sender videre (omdirigeringer.yaml)`);
        await indexWithPagefind(fileURLToPath(dir), logger, language);
        narrowCspInPages(out, logger);
        logger.info(calendarReport);
      },
    },
  };
}
