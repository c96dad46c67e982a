/**
 * Builds the Pagefind index through its Node API after Astro has written the site.
 * Fails the build on indexing errors and logs what it indexed, and how big the pieces
 * a first search downloads are.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The size Pagefind aims for when it splits the word index into chunks. A search
 * downloads the chunk of each word it looks up, so smaller chunks keep the first
 * search within its budget (120 KB, see tests/e2e/search.spec.ts); Pagefind's default
 * gives chunks four to five times as large. Pagefind reads it from the environment and calls
 * it unstable: the budget test tells us if a new version stops honouring it.
 */
const INDEX_CHUNK_SIZE = '4000';

/**
 * Indexes the built site by each page's `<html lang>`: the site's written language (`nb` or
 * `nn`; Pagefind stems both as Norwegian since Pagefind 1.4) and English for the pages under
 * /en/ (docs/adr/0017-engelsk-del.md). Pagefind writes one index per language, and the search
 * page loads the one of its own `lang`, so the English search finds English pages only and the
 * Norwegian search Norwegian ones. `language` is the site's, named in the log.
 */
export async function indexWithPagefind(outDir: string, logger: AstroIntegrationLogger, language: string): Promise<void> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
  const outputPath = join(outDir, 'pagefind');
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind kunne ikke indeksere: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind kunne ikke skrive indeksen: ${written.errors.join('; ')}`);
    const stripped = stripIndexOnly(outDir);
    const pages = readdirSync(join(outputPath, 'fragment')).length;
    logger.info(
      `Pagefind (${language}) leste ${added.page_count} sider og indekserte ${pages} av dem: ${describe(join(outputPath, 'index'), 'ordbiter')}, ${describe(join(outputPath, 'fragment'), 'sidebiter')}; søkedata fjernet fra ${stripped} sider`,
    );
  } finally {
    await pagefind.close();
  }
}

/**
 * Removes what only the index needs (elements marked `data-pg-index-only`: filters,
 * kind and everyday words, see SearchIndexData.astro) from the built pages once
 * Pagefind has read them. Returns how many pages it changed.
 */
function stripIndexOnly(folder: string): number {
  let changed = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const stripped = html.replace(/<(div|p) hidden data-pg-index-only[^>]*>[\s\S]*?<\/\1>/g, '');
    if (stripped !== html) {
      writeFileSync(file, stripped);
      changed++;
    }
  }
  return changed;
}

/** «12 ordbiter, den største 9,7 kB»: the files in a folder and the largest. */
function describe(folder: string, name: string): string {
  const sizes = readdirSync(folder).map((file) => statSync(join(folder, file)).size);
  const largest = (Math.max(0, ...sizes) / 1000).toLocaleString('nb-NO', { maximumFractionDigits: 1 });
  return `${sizes.length} ${name}, den største ${largest} kB`;
}
