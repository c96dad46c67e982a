/**
 * Starts the guide: fetches the data the build wrote once as JSON (the element's
 * `data-src`, veiviser.json, which the page already asked for with a preload link) and
 * renders the guide into `#pg-guide`. Without JavaScript the page's own links stay; when the
 * data cannot be fetched (offline, a broken deploy) the same links are shown under a line
 * that says so, never an empty page.
 */
import { h, render } from 'preact';
import Guide from './Guide';
import type { GuideData } from './types';

export async function mountGuide(): Promise<void> {
  const root = document.getElementById('pg-guide');
  const source = root?.dataset.src;
  if (!root || !source) return;
  let data: GuideData;
  try {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source}: ${response.status}`);
    data = (await response.json()) as GuideData;
  } catch {
    showFallback(root);
    return;
  }
  render(h(Guide, data), root);
}

/** The page's help for browsers without JavaScript, shown with the line from `data-failed`. */
function showFallback(root: HTMLElement): void {
  const template = document.createElement('template');
  template.innerHTML = document.querySelector('main noscript')?.textContent ?? '';
  const first = template.content.querySelector('p');
  if (first) first.textContent = root.dataset.failed ?? '';
  root.replaceChildren(template.content);
}
