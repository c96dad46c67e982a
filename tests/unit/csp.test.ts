import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, narrowCsp } from '../../src/lib/csp';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const SITE_WIDE = `default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-AAAA' 'sha256-BBBB'; style-src 'self' 'sha256-CCCC'`;
const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${SITE_WIDE}">${body}</head><body></body></html>`;
const policy = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1];

describe('inlineHashes', () => {
  it('hashes inline scripts and styles, not scripts loaded from a file', () => {
    const html = '<script>a()</script><script type="module" src="/x.js"></script><style>p{}</style>';
    expect(inlineHashes(html)).toEqual({ script: [hash('a()')], style: [hash('p{}')] });
  });

  it('leaves out data blocks such as JSON-LD, which the browser never runs, and keeps module and JavaScript types', () => {
    const html = '<script type="application/ld+json">{"@type":"Event"}</script><script type="module">m()</script><script type="text/javascript">j()</script>';
    expect(inlineHashes(html).script).toEqual([hash('m()'), hash('j()')]);
  });
});

describe('narrowCsp', () => {
  it('leaves a content page without inline code only its own sources', () => {
    expect(policy(narrowCsp(page('<link rel="stylesheet" href="/a.css">')))).toBe(
      "default-src 'self';img-src 'self' data:;script-src 'self';style-src 'self'",
    );
  });

  it('keeps the hashes of the inline scripts and styles the page has', () => {
    const narrowed = policy(narrowCsp(page('<style>main{}</style><script>go()</script>')));
    expect(narrowed).toContain(`script-src 'self' ${hash('go()')}`);
    expect(narrowed).toContain(`style-src 'self' ${hash('main{}')}`);
    expect(narrowed).not.toContain('AAAA');
  });

  it('keeps sources that are not hashes', () => {
    const html = page('').replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
    expect(policy(narrowCsp(html))).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('returns a page without a policy as it is', () => {
    expect(narrowCsp('<p>Hei</p>')).toBe('<p>Hei</p>');
  });
});
