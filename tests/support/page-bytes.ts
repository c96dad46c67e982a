/**
 * What a built page costs a browser on a cold load, computed from the files alone: no
 * browser and no server, so the numbers are the same on every machine and every run.
 * Used by tests/e2e/byte-budget.spec.ts (the budgets as tests) and scripts/bench.mjs (the
 * same numbers in its report).
 *
 * Text (HTML, CSS, JavaScript, SVG, JSON) is counted gzip-compressed at zlib's default
 * level 6, the level a web server uses unless told otherwise (Apache's mod_deflate; see
 * docs/ytelse.md); fonts and raster images as they are. HTTP headers are not counted.
 *
 * Only `node:` imports, so that scripts/bench.mjs can import this file on the project's Node.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const GZIP_LEVEL = 6;

export interface Site {
  dir: string;
  base: string;
}

export interface Resource {
  /** The address as the page has it, with the base: `/parorende/_astro/Base.css`. */
  url: string;
  kind: 'html' | 'css' | 'js' | 'image' | 'font' | 'other';
  /** Bytes on the wire: gzip for text, as is for the rest. */
  bytes: number;
  /** Whether the browser waits for it before it shows anything (HTML and blocking CSS). */
  blocking: boolean;
}

export interface PageBytes {
  path: string;
  /** HTML plus the stylesheets that block rendering: what has to fit in the first round trip. */
  firstRoundTrip: number;
  /** Everything a cold load fetches except JavaScript: HTML, all CSS, images, fonts. */
  total: number;
  /** Every script the page runs on load: inline, linked, island components and their imports. */
  js: number;
  resources: Resource[];
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.svg', '.json', '.xml', '.txt']);
const FONT = new Set(['.woff2', '.woff', '.ttf', '.otf']);
const IMAGE = new Set(['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico']);
// Script types a browser does not run as JavaScript.
const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap|speculationrules|text\/plain)$/i;
// Media a screen never matches: a stylesheet for these does not hold back the first paint.
const NON_SCREEN_MEDIA = /^\s*(print|speech|not all)\s*$/i;

export const gzipBytes = (content: Buffer | string, level = GZIP_LEVEL): number => gzipSync(content, { level }).length;

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The HTML file a site path is served from: `/tilbud/` → dist/tilbud/index.html. */
export const htmlFile = (site: Site, path: string): string => join(site.dir, path.endsWith('/') ? `${path}index.html` : path);

/**
 * The sizes of one built page. Throws with the page and the address when a page refers to
 * a file of its own site that is not there (the link checker names those too).
 */
export function pageBytes(site: Site, path: string, level = GZIP_LEVEL): PageBytes {
  const html = readFileSync(htmlFile(site, path));
  const pageUrl = new URL(path.slice(1), `http://site${site.base}`);
  const resources: Resource[] = [{ url: `${site.base}${path.slice(1)}`, kind: 'html', bytes: gzipBytes(html, level), blocking: true }];
  const seen = new Set<string>();

  /** A same-site address as a file in the build, or undefined for data: and other sites. */
  const local = (raw: string, from: URL): { url: string; file: string } | undefined => {
    if (/^(data:|blob:|mailto:|tel:|#)/i.test(raw)) return undefined;
    const target = new URL(decode(raw), from);
    if (target.host !== 'site') return undefined;
    if (!target.pathname.startsWith(site.base)) throw new Error(`${path}: ${raw} ligger utenfor nettstedet (${site.base})`);
    const file = join(site.dir, decodeURIComponent(target.pathname.slice(site.base.length)));
    if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${path}: ${raw} finnes ikke i ${site.dir}/`);
    return { url: target.pathname, file };
  };

  const add = (url: string, file: string, kind: Resource['kind'], blocking: boolean): Buffer | undefined => {
    if (seen.has(url)) {
      if (blocking) for (const r of resources) if (r.url === url) r.blocking = true;
      return undefined;
    }
    seen.add(url);
    const content = readFileSync(file);
    resources.push({ url, kind, bytes: COMPRESSIBLE.has(extname(file).toLowerCase()) ? gzipBytes(content, level) : content.length, blocking });
    return content;
  };

  const asset = (raw: string | undefined, from: URL, kind?: Resource['kind']) => {
    const target = raw && local(raw, from);
    if (!target) return;
    const ext = extname(target.file).toLowerCase();
    add(target.url, target.file, kind ?? (FONT.has(ext) ? 'font' : IMAGE.has(ext) ? 'image' : 'other'), false);
  };

  const stylesheet = (raw: string, from: URL, blocking: boolean) => {
    const target = local(raw, from);
    if (!target) return;
    const content = add(target.url, target.file, 'css', blocking);
    if (!content) return;
    const sheetUrl = new URL(target.url, 'http://site');
    const css = content.toString('utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/gi)) stylesheet(m[1]!, sheetUrl, blocking);
    for (const m of css.replace(/@import[^;]*;/gi, '').matchAll(/url\(\s*["']?([^"')]+?)["']?\s*\)/gi)) asset(m[1], sheetUrl);
  };

  const script = (raw: string | undefined, from: URL) => {
    const target = raw && local(raw, from);
    if (!target) return;
    const content = add(target.url, target.file, 'js', false);
    if (!content) return;
    // Static imports load with the module; `import()` loads later, on demand, and is not counted.
    const code = content.toString('utf8');
    const moduleUrl = new URL(target.url, 'http://site');
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) script(m[1], moduleUrl);
  };

  const text = html.toString('utf8');
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  let inlineJs = '';
  let inlineScripts = 0;
  for (const m of body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', code = ''] = m;
    if (DATA_SCRIPT.test(attr(attributes, 'type') ?? '')) continue;
    const src = attr(attributes, 'src');
    if (src) script(src, pageUrl);
    else {
      inlineJs += code;
      inlineScripts += 1;
    }
  }
  // Even an empty script element is JavaScript on the page (and never 0 bytes compressed).
  if (inlineScripts > 0) resources.push({ url: `${path} (i siden)`, kind: 'js', bytes: 0, blocking: false });

  for (const m of body.matchAll(/<(link|img|source|image|use|video|astro-island)\b([^>]*)>/gi)) {
    const tag = m[1]!.toLowerCase();
    const attributes = m[2] ?? '';
    if (tag === 'link') {
      const rel = (attr(attributes, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(attributes, 'href');
      if (!href) continue;
      if (rel.includes('stylesheet')) stylesheet(href, pageUrl, !NON_SCREEN_MEDIA.test(attr(attributes, 'media') ?? ''));
      else if (rel.includes('modulepreload')) script(href, pageUrl);
      else if (rel.includes('icon')) asset(href, pageUrl, 'image');
      else if (rel.includes('preload')) {
        const as = attr(attributes, 'as');
        if (as === 'script') script(href, pageUrl);
        else if (as === 'style') stylesheet(href, pageUrl, false);
        else asset(href, pageUrl, as === 'font' ? 'font' : as === 'image' ? 'image' : undefined);
      }
    } else if (tag === 'astro-island') {
      for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) script(attr(attributes, name), pageUrl);
    } else {
      for (const name of ['src', 'href', 'poster']) asset(attr(attributes, name), pageUrl, 'image');
      // Of a srcset the browser fetches one candidate; the first is counted.
      const srcset = attr(attributes, 'srcset');
      if (srcset) asset(srcset.trim().split(/\s+/)[0], pageUrl, 'image');
    }
  }

  // Inline scripts are counted compressed together, as they travel inside the HTML; they are
  // also part of the HTML's own bytes.
  const inline = resources.find((r) => r.url === `${path} (i siden)`);
  if (inline) inline.bytes = gzipBytes(inlineJs, level);

  const sum = (list: Resource[]) => list.reduce((total, r) => total + r.bytes, 0);
  return {
    path,
    firstRoundTrip: sum(resources.filter((r) => r.blocking)),
    total: sum(resources.filter((r) => r.kind !== 'js')),
    js: sum(resources.filter((r) => r.kind === 'js')),
    resources,
  };
}
