// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { parorendeguiden } from './src/integrations/parorendeguiden.ts';
import { outDir } from './src/siteConfig.ts';

// `site` and `base` come from the municipality profile (content/lokalt/profil.yaml),
// set by the parorendeguiden integration; see README, "Publisere under en underside".
export default defineConfig({
  outDir: outDir(),
  // Per checkout, and per site when a second municipality is built beside the first.
  cacheDir: `./.astro/cache/${outDir().replace(/[^a-z0-9-]/gi, '_')}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [parorendeguiden(), mdx(), preact()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
