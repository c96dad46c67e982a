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

export function remarkBaseLinks(options: { base: string }) {
  const walk = (node: Node) => {
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') {
      node.url = rebaseUrl(node.url, options.base);
    }
    node.children?.forEach(walk);
  };
  return (tree: Node) => walk(tree);
}
