#!/usr/bin/env node
/**
 * `npm run pdf` (after `npm run build`): prints the brochures to PDF in headless
 * Chromium from the very pages the site publishes, into the built site
 * (dist/brosjyrer/pdf/*.pdf), and only then links each PDF from /brosjyrer/.
 *
 * The brochure page holds an empty placeholder per PDF (src/components/print/PdfLink.astro)
 * naming the page to print, the file and its page limit. So the page never links a PDF
 * that is not there, and a rebuild without this step simply has no PDF links.
 * Stops with a message naming the page when a PDF has more pages than its limit.
 *
 *   node scripts/pdf.mjs [--dir dist]
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { launchOptions } from '../tests/support/browser.ts';
import { serve } from './serve.mjs';
import { siteBase } from './lib/site.mjs';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const dir = values.dir ?? process.env.PG_OUT ?? 'dist';
const base = siteBase();
const indexFile = join(dir, 'brosjyrer', 'index.html');

const PLACEHOLDER = /<span class="pg-pdf"([^>]*)><\/span>/g;
const attr = (attributes, name) => {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
  return value?.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
};
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Pages in a PDF that Chromium wrote: one `/Type /Page` object per page. */
export const pdfPageCount = (bytes) => (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

let html;
try {
  html = readFileSync(indexFile, 'utf8');
} catch {
  console.error(`Fant ikke ${indexFile}. Kjør «npm run build» først.`);
  process.exit(1);
}
const jobs = [...html.matchAll(PLACEHOLDER)].map((match) => ({
  whole: match[0],
  href: attr(match[1], 'data-pg-pdf'),
  source: attr(match[1], 'data-pg-pdf-source'),
  label: attr(match[1], 'data-pg-pdf-label'),
  maxPages: Number(attr(match[1], 'data-pg-pdf-max-pages') ?? 0),
}));
if (jobs.length === 0) {
  console.log('Ingen PDF-er å lage (fant ingen plassholdere på /brosjyrer/, eller de er laget allerede).');
  process.exit(0);
}

const site = await serve({ dir, base, port: 0, quiet: true });
const browser = await chromium.launch(launchOptions());
const problems = [];
const links = new Map();
async function printOne(page, job) {
  if (!job.href?.startsWith(base) || !job.source?.startsWith(base)) {
    problems.push(`${job.whole}: adressene må begynne med ${base}`);
    return;
  }
  await page.goto(new URL(job.source.slice(base.length), site.url).href, { waitUntil: 'load' });
  const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false, tagged: true });
  const pages = pdfPageCount(bytes);
  if (job.maxPages && pages > job.maxPages) {
    problems.push(`${job.source}: ${pages} sider, men skal være høyst ${job.maxPages}. Kort ned teksten eller rett utskriften.`);
  }
  const file = join(dir, job.href.slice(base.length));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  const size = Math.max(1, Math.round(statSync(file).size / 1024));
  links.set(job.whole, `<a class="ds-link" href="${escape(job.href)}">${escape(job.label ?? '')} (${size} kB)</a>`);
  console.log(`${job.href}  ${pages} ${pages === 1 ? 'side' : 'sider'}`);
}

try {
  // A few pages at a time; each takes its next job from the shared queue.
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: Math.min(2, jobs.length) }, async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ media: 'print' });
      for (let job = queue.shift(); job; job = queue.shift()) await printOne(page, job);
      await page.close();
    }),
  );
  for (const [whole, link] of links) html = html.replace(whole, link);
  writeFileSync(indexFile, html);
} finally {
  await browser.close();
  await site.close();
}
if (problems.length > 0) {
  console.error(`\nNoen PDF-er er for lange:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`${jobs.length} PDF-er laget og lenket fra ${base}brosjyrer/`);
