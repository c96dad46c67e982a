/**
 * What a thumb must be able to hit: WCAG 2.2, 2.5.8 (target size, minimum).
 */
import type { Page } from '@playwright/test';

/**
 * Interactive elements smaller than 24 × 24 px, except links inside a sentence (WCAG's
 * «inline» exception): a link whose line holds other text than its own.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const blockOf = (node: Node): Element => {
      let element = node instanceof Element ? node : node.parentElement!;
      while (element.parentElement && getComputedStyle(element).display.startsWith('inline')) element = element.parentElement;
      return element;
    };
    const inSentence = (target: Element) => {
      const block = blockOf(target);
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (target.contains(node) || !node.textContent?.trim()) continue;
        if (blockOf(node) === block) return true;
      }
      return false;
    };
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility !== 'visible' || element.closest('.pg-visually-hidden, .ds-skip-link')) continue;
      if (box.width >= 24 && box.height >= 24) continue;
      if (element.tagName === 'A' && inSentence(element)) continue;
      small.push(`${element.tagName.toLowerCase()} «${(element.textContent ?? '').trim().slice(0, 40)}» ${Math.round(box.width)} × ${Math.round(box.height)}`);
    }
    return small;
  });
}
