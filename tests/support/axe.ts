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
 *
 * Every rule axe-core has for those WCAG levels is run, also those it marks experimental and
 * so leaves out of a run by tag: label-content-name-mismatch (2.5.3), p-as-heading,
 * table-fake-caption and td-has-header (1.3.1), and css-orientation-lock (1.3.4). That last one
 * reads the stylesheets themselves, and its answer depends on them alone (it fails when one of
 * them locks the orientation), so it runs once for each set of stylesheets a worker meets
 * (their addresses, media and the text of inline ones) and that answer is given for every
 * page with the same set. The other rules then need no copy of the stylesheets: axe-core
 * makes one before every run unless told not to, a quarter of the run. A page with a shadow
 * root has its orientation checked every time, since axe-core reads the shadow root's
 * stylesheets too.
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

/** The rule that reads the stylesheets, and what it found for each set of them. */
const ORIENTATION = 'css-orientation-lock';
const orientationBySheets = new Map<string, AxeResults['violations']>();

type Axe = { run: (context: Document, options: RunOptions) => Promise<AxeResults>; getRules: (tags: string[]) => { ruleId: string }[] };

async function run(page: Page, options: RunOptions): Promise<AxeResults['violations']> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(
    async ({ tags, options, orientation }) => {
      const { axe } = window as unknown as { axe: Axe };
      const rules = axe.getRules(tags).flatMap(({ ruleId }) => (ruleId === orientation ? [] : [ruleId]));
      return (await axe.run(document, { ...options, runOnly: { type: 'rule', values: rules }, preload: { assets: ['media'] }, resultTypes: ['violations'] }))
        .violations;
    },
    { tags: WCAG_TAGS, options, orientation: ORIENTATION },
  );
  const sheets = await page.evaluate(() =>
    [...document.querySelectorAll('*')].some((element) => element.shadowRoot)
      ? undefined
      : [...document.styleSheets].map((sheet) => `${sheet.media.mediaText} ${sheet.href ?? sheet.ownerNode?.textContent ?? ''}`).join('\n'),
  );
  let orientation = sheets === undefined ? undefined : orientationBySheets.get(sheets);
  if (orientation === undefined) {
    orientation = await page.evaluate(
      async ({ options, orientation }) => {
        const { axe } = window as unknown as { axe: Axe };
        return (await axe.run(document, { ...options, runOnly: { type: 'rule', values: [orientation] }, resultTypes: ['violations'] })).violations;
      },
      { options, orientation: ORIENTATION },
    );
    if (sheets !== undefined) orientationBySheets.set(sheets, orientation);
  }
  return [...found, ...orientation];
}

/** The page's axe violations, one line each: rule, what is wrong, and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const found = await run(page, FAST);
  if (found.length === 0) return [];
  const named = await run(page, {});
  return (named.length > 0 ? named : found).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target?.join(' ') ?? n.html).join(', ')})`);
}
