/**
 * After the build: every page's Content Security Policy narrowed to the inline scripts
 * and styles that page has (src/lib/csp.ts). Astro puts the whole site's hashes in every page.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { narrowCsp } from '../lib/csp';

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

export function narrowCspInPages(outDir: string, logger: AstroIntegrationLogger): void {
  let changed = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    const narrowed = narrowCsp(html);
    if (narrowed !== html) {
      writeFileSync(file, narrowed);
      changed += 1;
    }
  }
  logger.info(`sikkerhetsregelen (CSP) gjelder nå bare sidens egne skript og stiler, på ${changed} sider`);
}
