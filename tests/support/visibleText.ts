/**
 * The words a reader sees on a built page, read from the HTML without a browser: no
 * scripts, styles, templates or elements marked `hidden`. Fast enough to run over every
 * page of both sites.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';

const INVISIBLE = new Set(['script', 'style', 'template', 'head']);

/** The page as a tree, with what a reader never sees taken out. */
export function visibleTree(html: string): Root {
  const tree = fromHtml(html);
  const prune = (node: Root | Element) => {
    node.children = node.children.filter(
      (child: RootContent) => !(child.type === 'element' && (INVISIBLE.has(child.tagName) || child.properties?.hidden !== undefined)) && child.type !== 'comment',
    );
    for (const child of node.children) if (child.type === 'element') prune(child);
  };
  prune(tree);
  return tree;
}

/** Every element in the tree that `test` accepts, outermost first. */
export function findAll(node: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    else found.push(...findAll(child, test));
  }
  return found;
}

export const hasClass = (element: Element, name: string) => {
  const classes = element.properties?.className;
  return Array.isArray(classes) && classes.includes(name);
};

/** The text of a node, with runs of white space made single spaces. */
export const textOf = (node: Root | Element) => toText(node, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();

/** The `tel:` numbers linked inside a node, digits only: `['113', '116117']`. */
export function telLinks(node: Root | Element): string[] {
  return findAll(node, (element) => element.tagName === 'a' && String(element.properties?.href ?? '').startsWith('tel:')).map((link) =>
    String(link.properties.href).slice(4).replace(/\D/g, ''),
  );
}
