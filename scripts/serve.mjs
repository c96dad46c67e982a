#!/usr/bin/env node
/**
 * Serves the built site as a municipality's web server would: under its base path,
 * gzip for text, the 404 page with status 404 for anything unknown or malformed, and the
 * same security headers and caching as the configurations in server/ (scripts/lib/headers.mjs).
 *
 *   node scripts/serve.mjs [--dir dist] [--base /parorende/] [--port 4321]
 *
 * Without --base it reads the address from the profile (PG_LOKALT, PG_SITE_URL).
 * Used by `npm start`, `npm run preview`, the tests and the benchmark.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { siteBase } from './lib/site.mjs';
import { cacheControl, SECURITY_HEADERS } from './lib/headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;
// Pagefind's index files are already compressed; they are served as they are.
const MAX_PATH = 2048;

/** Starts the server; resolves with its URL once it listens. */
export function serve({ dir = 'dist', base = siteBase(), port = 4321, host = '127.0.0.1', quiet = false } = {}) {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`Fant ikke et bygget nettsted i ${root}. Kjør «npm run build» først.`);
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const notFound = join(root, '404.html');

  const send = (request, response, file, status = 200) => {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // The same headers and caching as the shipped server configurations (server/).
    const sitePath = `/${relative(root, file).split(sep).join('/')}`;
    const headers = { 'Content-Type': type, ...SECURITY_HEADERS, 'Cache-Control': status === 200 ? cacheControl(sitePath) : 'no-cache' };
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (gzip) headers['Content-Encoding'] = 'gzip';
    else headers['Content-Length'] = statSync(file).size;
    response.writeHead(status, headers);
    if (request.method === 'HEAD') return response.end();
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(response);
  };

  const server = createServer((request, response) => {
    const raw = (request.url ?? '/').split('?', 1)[0].split('#', 1)[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (prefix !== '/' && (raw === '/' || raw === prefix.slice(0, -1))) {
      response.writeHead(302, { Location: prefix }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(raw);
    } catch {
      path = undefined;
    }
    if (!path || raw.length > MAX_PATH || path.includes('\0') || !path.startsWith(prefix)) {
      return send(request, response, notFound, 404);
    }
    const target = resolve(root, `.${path.slice(prefix.length - 1)}`);
    if (target !== root && !target.startsWith(root + sep)) return send(request, response, notFound, 404);
    let file = target;
    try {
      if (statSync(file).isDirectory()) {
        if (!raw.endsWith('/')) {
          response.writeHead(301, { Location: `${raw}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return send(request, response, notFound, 404);
    }
    return send(request, response, file);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}${prefix}`;
      if (!quiet) console.log(`Pårørendeguiden kjører på ${url}  (stopp med Ctrl+C)`);
      resolvePromise({ url, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, base: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 4321);
  serve({ dir: values.dir ?? process.env.PG_OUT ?? 'dist', base: values.base, port, host: values.host }).catch((error) => {
    if (error.code === 'EADDRINUSE') {
      console.log(`Port ${port} er opptatt; prøver en ledig port.`);
      return serve({ dir: values.dir ?? process.env.PG_OUT ?? 'dist', base: values.base, port: 0, host: values.host });
    }
    console.error(error.message);
    process.exit(1);
  });
}
