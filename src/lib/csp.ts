/**
 * Each page's Content Security Policy, narrowed to that page. Astro writes one policy
 * for the whole site into every page, with the hash of every inline script and style
 * any page has: on a content page that is some 600 bytes of hashes that cannot be
 * compressed, for scripts it does not have. Here a page keeps its other directives and
 * sources ('self' …) and only the hashes of the inline scripts and styles it really has,
 * which is also the stricter policy.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const HASH_SOURCE = /^'sha(256|384|512)-/;
const TYPE = /\btype\s*=\s*["']?([^"'\s>]*)/i;
const JS_TYPE = /^(?:module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

/**
 * A `<script>` with a type that is not JavaScript (`application/ld+json`) is a data block:
 * the browser never runs it, so the policy has no need of its hash.
 */
const isDataBlock = (attributes: string) => {
  const type = TYPE.exec(attributes)?.[1];
  return type !== undefined && type !== '' && !JS_TYPE.test(type);
};

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of the page's inline scripts (those without `src`, and not data blocks) and inline styles. */
export function inlineHashes(html: string): { script: string[]; style: string[] } {
  const script = new Set<string>();
  const style = new Set<string>();
  for (const [, tag, attributes, content] of html.matchAll(INLINE)) {
    if (tag!.toLowerCase() === 'script') {
      if (!/\bsrc\s*=/i.test(attributes!) && !isDataBlock(attributes!)) script.add(sha256(content!));
    } else style.add(sha256(content!));
  }
  return { script: [...script], style: [...style] };
}

/** The page with its policy's script and style hashes narrowed to its own; a page without a policy is returned as it is. */
export function narrowCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const hashes = inlineHashes(html);
  const directives = meta[1]!
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const own = name === 'script-src' ? hashes.script : name === 'style-src' ? hashes.style : undefined;
      if (!own) return directive;
      return [name, ...sources.filter((source) => !HASH_SOURCE.test(source)), ...own].join(' ');
    });
  return html.replace(meta[0], () => `<meta http-equiv="content-security-policy" content="${directives.join(';')}">`);
}
