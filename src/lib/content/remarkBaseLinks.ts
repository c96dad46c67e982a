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

/**
 * Rebases root-relative links, and turns a link to an offer this municipality does not
 * have into its plain text (national pages may name offers a municipality lacks).
 */
export function remarkBaseLinks(options: { base: string; offerIds?: readonly string[] }) {
  const existing = options.offerIds ? new Set(options.offerIds) : undefined;
  const walk = (node: Node) => {
    node.children = node.children?.flatMap((child) => {
      const offer = child.type === 'link' && child.url ? linkedOfferId(child.url) : undefined;
      return existing && offer && !existing.has(offer) ? (child.children ?? []) : [child];
    });
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') {
      node.url = rebaseUrl(node.url, options.base);
    }
    node.children?.forEach(walk);
  };
  return (tree: Node) => walk(tree);
}
