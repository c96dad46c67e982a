/**
 * A post-build link checker made of small checks: the target page (or file) exists,
 * its #fragment exists, and the link text says where it goes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './sites';

export const VAGUE_LINK_TEXT = [
  // bokmål
  'her', 'klikk her', 'trykk her', 'les mer', 'mer', 'lenke', 'denne lenken', 'se her',
  // nynorsk ("klikk her" and "trykk her" are the same)
  'les meir', 'meir', 'lenkje', 'denne lenka', 'denne lenkja', 'sjå her',
];

const ATTRIBUTE = /<(a|img|link|script|source)\b([^>]*)>/gi;
const ID = /\sid="([^"]+)"/g;

function attr(attributes: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(attributes)?.[1];
}

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

export function checkLinks(dir: string, base: string) {
  const pages = builtPages(dir);
  const html = new Map(pages.map((page) => [page, readFileSync(join(dir, page.endsWith('/') ? `${page}index.html` : page), 'utf8')]));
  const ids = new Map([...html].map(([page, text]) => [page, new Set([...text.matchAll(ID)].map((m) => m[1]))]));
  const broken: string[] = [];
  const vague: string[] = [];

  const resolveFile = (path: string): { page?: string; exists: boolean } => {
    if (!path.startsWith(base)) return { exists: false };
    const local = `/${path.slice(base.length)}`;
    if (html.has(local)) return { page: local, exists: true };
    const file = join(dir, decodeURIComponent(local));
    return { exists: existsSync(file) && statSync(file).isFile() };
  };

  for (const [page, text] of html) {
    const pageUrl = new URL(page.slice(1), `http://site${base}`);
    for (const match of text.matchAll(ATTRIBUTE)) {
      const [, tag, attributes] = match;
      const raw = attr(attributes ?? '', tag?.toLowerCase() === 'a' || tag?.toLowerCase() === 'link' ? 'href' : 'src');
      if (!raw || /^(mailto:|tel:|data:|https?:\/\/(?!site))/i.test(raw)) continue;
      if (attr(attributes ?? '', 'rel') === 'canonical') continue;
      const target = new URL(decode(raw), pageUrl);
      const where = `${page} → ${raw}`;
      if (target.host !== 'site') continue;
      const resolved = resolveFile(target.pathname);
      if (!resolved.exists) {
        broken.push(`${where}: siden eller filen finnes ikke`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && resolved.page && !ids.get(resolved.page)?.has(fragment) && !fragment.includes('=')) {
        broken.push(`${where}: ankeret #${fragment} finnes ikke`);
      }
    }
    for (const link of text.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)) {
      const label = decode((link[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).toLowerCase();
      if (VAGUE_LINK_TEXT.includes(label.replace(/[.!:]$/, ''))) vague.push(`${page}: lenketeksten «${label}» sier ikke hvor lenken går`);
    }
  }
  return { broken, vague };
}
