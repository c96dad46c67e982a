/**
 * The HTTP headers the site is served with, in one place: scripts/serve.mjs sends them, and
 * tests/e2e/web-server.spec.ts checks that the shipped server configurations (server/)
 * send exactly these. Change a value here and in server/nginx, server/apache and server/iis.
 * See docs/adr/ «Serveroppsett og HTTP-hoder».
 */

/**
 * The header policy carries only what a page's own meta policy cannot (frame-ancestors)
 * and directives every page's meta policy already has with the same value. Two policies
 * both apply (a request must pass both), so this one never names script, style, img or
 * connect sources: that would block what a page's narrowed meta policy allows.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), browsing-topics=()',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * Files whose names carry a hash of their content, as a path inside the site (without the
 * base): Astro's `_astro/`, and Pagefind's index, fragment and filter files and its
 * `pagefind.<lang>_<hash>.pf_meta`. Pagefind's loader (`pagefind.js`, `pagefind-entry.json`,
 * the UI files, `wasm.<lang>.pagefind`) keeps its name from build to build and is revalidated.
 */
export const HASHED = /^\/(?:_astro\/|pagefind\/(?:fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/;

/** The Cache-Control a file gets, from its path inside the site (`/_astro/x.css`). */
export const cacheControl = (sitePath) => (HASHED.test(sitePath) ? IMMUTABLE : REVALIDATE);
