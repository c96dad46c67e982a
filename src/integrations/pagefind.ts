/**
 * Builds the Pagefind index through its Node API after Astro has written the site.
 * Fails the build on indexing errors and logs what it indexed.
 */
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

export async function indexWithPagefind(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'no' });
  if (!index) throw new Error(`Pagefind kunne ikke starte: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind kunne ikke indeksere: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind kunne ikke skrive indeksen: ${written.errors.join('; ')}`);
    logger.info(`Pagefind indekserte ${added.page_count} sider`);
  } finally {
    await pagefind.close();
  }
}
