#!/usr/bin/env node
/**
 * Screenshots of built pages, for looking at what we build:
 *   node scripts/screenshot.mjs /tilbud/avlastning/ [/ ...]  → screenshots/<name>-<width>.png
 * Options: --widths 320,1280  --zoom 2 (200 % zoom)  --print (A4 PDF + PNG pages via pdftoppm)
 *          --dark  --screen (only the first screenful)  --scroll 1600 (start that far down; implies --screen)
 */
import { mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { widths: { type: 'string', default: '320,1280' }, zoom: { type: 'string', default: '1' }, print: { type: 'boolean' }, dark: { type: 'boolean' }, screen: { type: 'boolean' }, scroll: { type: 'string', default: '0' } },
});
const exe = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const site = await serve({ port: 0, quiet: true, dir: process.env.PG_OUT ?? 'dist' });
mkdirSync('screenshots', { recursive: true });
for (const path of positionals.length ? positionals : ['/']) {
  const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'forside';
  const url = new URL(path.replace(/^\//, ''), site.url).href;
  for (const width of values.widths.split(',').map(Number)) {
    const zoom = Number(values.zoom);
    const context = await browser.newContext({ viewport: { width: Math.round(width / zoom), height: Math.round(800 / zoom) }, deviceScaleFactor: zoom, colorScheme: values.dark ? 'dark' : 'light' });
    const page = await context.newPage();
    await page.goto(url);
    const file = `screenshots/${name}-${width}${zoom !== 1 ? `-zoom${zoom}` : ''}${values.dark ? '-dark' : ''}${Number(values.scroll) ? `-${values.scroll}` : ''}.png`;
    const scroll = Number(values.scroll);
    if (scroll) await page.evaluate((y) => window.scrollTo(0, y), scroll);
    await page.screenshot({ path: file, fullPage: !values.screen && !scroll });
    console.log(file);
    await context.close();
  }
  if (values.print) {
    const page = await browser.newPage();
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const pdf = `screenshots/${name}.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `screenshots/${name}-print`]);
    console.log(`${pdf} (+ PNG pages)`);
    await page.close();
  }
}
await browser.close();
await site.close();
