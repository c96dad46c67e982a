/**
 * axe-core in the end-to-end tests, loaded once per browser context and run directly.
 *
 * `context.addInitScript` hands axe-core's source to Chromium once when the context opens;
 * Chromium then runs it in every document before the page's own scripts (and outside the
 * page's CSP, so it needs no 'unsafe-inline'). `axe.run` is called straight in the page: no
 * per-page injection and no extra page per run, as AxeBuilder does.
 */
import { createRequire } from 'node:module';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules the site promises to meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Gives every page of the context axe-core, before the page's own scripts. */
export const withAxe = async (context: BrowserContext): Promise<BrowserContext> => {
  await context.addInitScript({ path: AXE_SOURCE });
  return context;
};

/** Playwright's `test`, with axe-core in every page of the test's browser context. */
export const test = base.extend({
  context: async ({ context }, use) => {
    await use(await withAxe(context));
  },
});

// Only violations are collected. Without CSS selectors for the nodes a run takes about a
// quarter less time; a page with violations is checked again with them, to name the nodes.
const FAST: RunOptions = { selectors: false, ancestry: false, xpath: false, elementRef: false };

async function run(page: Page, options: RunOptions): Promise<AxeResults['violations']> {
  return page.evaluate(
    async ({ tags, options }) => {
      const { axe } = window as unknown as { axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };
      if (!axe) throw new Error('axe-core er ikke lastet i siden (bruk test fra tests/support/axe.ts)');
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
