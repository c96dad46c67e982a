/**
 * The shipped configurations for nginx and Apache (server/nginx/, server/apache/), each
 * started with Debian's server over both built sites: the demo under /parorende/ and the
 * test municipality at the root. No browser. Checks what a municipality's web server must
 * do: the pages, the site's own 404 page with status 404, a year's caching for files with a hash in their name and
 * revalidation for the rest, gzip, the security headers (scripts/lib/headers.mjs, which the
 * IIS file must carry too), calendar files as text/calendar, and that the addresses that
 * send on still do. Without nginx or Apache it fails and says how to install it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../scripts/lib/headers.mjs';
import { builtPages, DEMO, FIXTURE, redirectTarget, type BuiltSite } from '../support/sites';
import { startApache, startNginx, type Response, type RunningServer } from '../support/web-server';

// Each server's tests run in order on one worker, against the server its beforeAll started; a failure does not skip the rest.
test.describe.configure({ mode: 'default' });

const first = (dir: string, pattern: RegExp) => {
  const name = readdirSync(dir).find((file) => pattern.test(file));
  if (!name) throw new Error(`fant ingen fil som ${pattern} i ${dir}`);
  return name;
};

function expectSecurityHeaders(response: Response, what: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(response.headers[name.toLowerCase()], `${name} på ${what}`).toBe(value);
  }
}

const SERVERS = [
  {
    name: 'nginx',
    file: 'server/nginx/parorendeguiden.conf',
    start: startNginx,
  },
  {
    name: 'Apache',
    file: 'server/apache/parorendeguiden.conf',
    start: startApache,
  },
];
/** The path a redirect's Location leads to (Apache writes it absolute, nginx relative). */
const pathOf = (location: string | undefined) => location && new URL(location, 'https://localhost').pathname;

for (const { name, file, start } of SERVERS)
  for (const site of [DEMO, FIXTURE] as BuiltSite[]) {
    const at = (path: string) => `${site.base}${path.replace(/^\//, '')}`;

    test.describe(`${name} med ${file}: ${site.dir}/ på ${site.base}`, () => {
      let server: RunningServer;
      test.beforeAll(async () => {
        server = await start(site.dir, site.base);
      });
      test.afterAll(async () => {
        await server?.stop();
      });

      test('sidene svarer 200 med HTML, gzip, revalidering og alle sikkerhetshodene', async () => {
        for (const path of ['/', '/tilbud/', '/sok/', '/kalender/']) {
          const response = await server.get(at(path), { gzip: true });
          expect(response.status, path).toBe(200);
          expect(response.headers['content-type'], path).toMatch(/^text\/html/);
          expect(response.headers['content-encoding'], `gzip på ${path}`).toBe('gzip');
          expect(response.headers['vary'], path).toMatch(/Accept-Encoding/i);
          expect(response.headers['cache-control'], path).toBe(REVALIDATE);
          expect(response.text, path).toBe(readFileSync(join(site.dir, path, 'index.html'), 'utf8'));
          expectSecurityHeaders(response, path);
        }
      });

      test('en side som ikke finnes, gir status 404 og nettstedets egen 404-side', async () => {
        const notFound = readFileSync(join(site.dir, '404.html'), 'utf8');
        for (const path of ['/finnes-ikke/', '/tilbud/finnes-ikke/', '/_astro/finnes-ikke.css', '/pagefind/fragment/finnes-ikke.pf_fragment']) {
          const response = await server.get(at(path));
          expect(response.status, path).toBe(404);
          expect(response.text, path).toBe(notFound);
          expect(response.headers['cache-control'], `en 404 mellomlagres ikke: ${path}`).toBe(REVALIDATE);
          expectSecurityHeaders(response, `404 for ${path}`);
        }
      });

      test('filer med hash i navnet mellomlagres i et år, Pagefinds laster og resten revalideres', async () => {
        const css = first(join(site.dir, '_astro'), /\.css$/);
        const fragment = first(join(site.dir, 'pagefind/fragment'), /\.pf_fragment$/);
        const index = first(join(site.dir, 'pagefind/index'), /\.pf_index$/);
        const meta = first(join(site.dir, 'pagefind'), /\.pf_meta$/);
        const expected: [string, string][] = [
          [`/_astro/${css}`, IMMUTABLE],
          [`/pagefind/fragment/${fragment}`, IMMUTABLE],
          [`/pagefind/index/${index}`, IMMUTABLE],
          [`/pagefind/${meta}`, IMMUTABLE],
          ['/pagefind/pagefind.js', REVALIDATE],
          ['/pagefind/pagefind-entry.json', REVALIDATE],
          ['/print.css', REVALIDATE],
          ['/favicon.svg', REVALIDATE],
        ];
        for (const [path, cache] of expected) {
          const response = await server.get(at(path), { gzip: true });
          expect(response.status, path).toBe(200);
          expect(response.headers['cache-control'], path).toBe(cache);
          expectSecurityHeaders(response, path);
        }
        const asset = await server.get(at(`/_astro/${css}`), { gzip: true });
        expect(asset.headers['content-type']).toMatch(/^text\/css/);
        expect(asset.headers['content-encoding'], 'CSS sendes med gzip').toBe('gzip');
        // Pagefind's index files are compressed already; they go out byte for byte.
        const pf = await server.get(at(`/pagefind/fragment/${fragment}`), {
          gzip: true,
        });
        expect(pf.headers['content-encoding']).toBeUndefined();
        expect(pf.raw.equals(readFileSync(join(site.dir, 'pagefind/fragment', fragment)))).toBe(true);
      });

      test('kalenderfilene er text/calendar', async () => {
        const response = await server.get(at('/kalender.ics'));
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
        expect(response.text).toBe(readFileSync(join(site.dir, 'kalender.ics'), 'utf8'));
        expect(response.headers['cache-control']).toBe(REVALIDATE);
        expectSecurityHeaders(response, 'kalender.ics');
      });

      test('en adresse uten skråstrek til slutt sendes videre til adressen med', async () => {
        const response = await server.get(at('/tilbud'));
        expect(response.status).toBe(301);
        expect(pathOf(response.headers.location)).toBe(at('/tilbud/'));
        if (site.base !== '/') {
          const base = await server.get(site.base.slice(0, -1));
          expect(base.status).toBe(301);
          expect(pathOf(base.headers.location)).toBe(site.base);
        }
      });

      test('korte og flyttede adresser sender videre som før', async () => {
        const sendsOn = builtPages(site.dir).filter((path) => path.endsWith('/') && redirectTarget(site, path));
        expect(sendsOn.length, `${site.dir}/ har adresser som sender videre`).toBeGreaterThan(0);
        for (const path of sendsOn) {
          const response = await server.get(at(path));
          expect(response.status, path).toBe(200);
          const target = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(response.text)?.[1];
          expect(target, path).toBe(redirectTarget(site, path));
          expect((await server.get(target!)).status, `${path} → ${target}`).toBe(200);
        }
      });

      test('vanlig http sender videre til https', async () => {
        const response = await server.getHttp(at('/'));
        expect(response.status).toBe(301);
        expect(response.headers.location).toBe(`https://localhost${at('/')}`);
      });
    });
  }

// IIS cannot run here: its file is checked to carry the same values.
test('IIS-oppsettet har de samme sikkerhetshodene og hurtigbufferverdiene', () => {
  const iis = readFileSync('server/iis/web.config', 'utf8');
  const xml = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(iis, `${name} i web.config`).toContain(`<add name="${name}" value="${xml(value)}" />`);
  }
  expect(iis).toContain(`<add name="Cache-Control" value="${REVALIDATE}" />`);
  for (const folder of ['_astro', 'pagefind/fragment', 'pagefind/index', 'pagefind/filter']) {
    expect(iis, folder).toMatch(new RegExp(`<location path="${folder}">\\s*<system.webServer>\\s*<httpProtocol>\\s*<customHeaders>\\s*<remove name="Cache-Control" />\\s*<add name="Cache-Control" value="${IMMUTABLE}" />`));
  }
  expect(iis).toContain('<mimeMap fileExtension=".ics" mimeType="text/calendar; charset=utf-8" />');
});
