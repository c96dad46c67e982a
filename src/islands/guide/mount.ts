/**
 * Starts the guide: reads the data the page wrote once as JSON (`#pg-guide-data`) and
 * renders the guide into `#pg-guide`. Without JavaScript the page's own links stay.
 */
import { h, render } from 'preact';
import Guide from './Guide';
import type { GuideData } from './types';

export function mountGuide(): void {
  const root = document.getElementById('pg-guide');
  const source = document.getElementById('pg-guide-data');
  if (!root || !source?.textContent) return;
  render(h(Guide, JSON.parse(source.textContent) as GuideData), root);
}
