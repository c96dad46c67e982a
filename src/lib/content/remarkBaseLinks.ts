/**
 * A remark plugin that puts the deployment base in front of root-relative links in
 * content, so editors write `/tilbud/avlastning/` and the link works under `/parorende/`.
 */
import { withBase } from '../routes';

interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

export function rebaseUrl(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || base === '/') return url;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return url === prefix || url.startsWith(`${prefix}/`) ? url : withBase(base, url);
}

/** The offer ID a root-relative link points to, if it points to an offer: `/tilbud/x/#a` → `x`. */
export function linkedOfferId(url: string): string | undefined {
  return /^\/tilbud\/([a-z0-9-]+)\/?(?:#.*)?$/.exec(url)?.[1];
}

/** The site path of a root-relative link, without its fragment or query: `/sorg/#a` → `/sorg/`. */
const linkPath = (url: string): string => url.replace(/[#?].*$/, '').replace(/\/?$/, '/');

/**
 * Rebases root-relative links (a link to /en/ onto `englishBase` when given: the main site's
 * base, in the build of a second written language), and turns a link to an offer this municipality does not
 * have, or to a page left out of this build (`hiddenPaths`: drafts), into its plain text:
 * any page may name an offer from the catalogue the municipality lacks.
 */
export function remarkBaseLinks(options: { base: string; offerIds?: readonly string[]; hiddenPaths?: readonly string[]; englishBase?: string }) {
  const existing = options.offerIds ? new Set(options.offerIds) : undefined;
  const hidden = new Set(options.hiddenPaths ?? []);
  const walk = (node: Node) => {
    if (node.children) {
      node.children = node.children.flatMap((child) => {
        if (child.type !== 'link' || !child.url) return [child];
        const offer = linkedOfferId(child.url);
        const gone = (existing && offer && !existing.has(offer)) || (child.url.startsWith('/') && hidden.has(linkPath(child.url)));
        return gone ? (child.children ?? []) : [child];
      });
    }
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') {
      // The English section is the main site's (/en/), also from the pages of a second written language.
      const english = node.url === '/en/' || node.url.startsWith('/en/');
      node.url = rebaseUrl(node.url, english && options.englishBase ? options.englishBase : options.base);
    }
    node.children?.forEach(walk);
  };
  return (tree: Node) => walk(tree);
}
