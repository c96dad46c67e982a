/**
 * axe-core in the end-to-end tests, brought into a page only when a test asks for a check,
 * and run directly.
 *
 * `axeViolations` evaluates axe-core's source in the page the first time it is needed in a
 * document (through the DevTools protocol, outside the page's CSP, so it needs no
 * 'unsafe-inline'), and calls `axe.run` straight in the page: no extra page per run, as
 * AxeBuilder does. A page no test checks never parses axe-core. Most of a first run in a
 * document is axe-core warming up; a second run in the same document (the window narrowed,
 * a new state of a form) costs a third of it, so a test checks its states in one document
 * where it can.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules the site promises to meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Only violations are collected. Without CSS selectors for the nodes a run takes about a
// quarter less time; a page with violations is checked again with them, to name the nodes.
const FAST: RunOptions = { selectors: false, ancestry: false, xpath: false, elementRef: false };

async function run(page: Page, options: RunOptions): Promise<AxeResults['violations']> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, options }) => {
      const { axe } = window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };
      return (await axe.run(document, { ...options, runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
    },
    { tags: WCAG_TAGS, options },
  );
}

/** The page's axe violations, one line each: rule, what is wrong, and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const found = await run(page, FAST);
  if (found.length === 0) return [];
  const named = await run(page, {});
  return (named.length > 0 ? named : found).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target?.join(' ') ?? n.html).join(', ')})`);
}
