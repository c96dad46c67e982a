/**
 * The byte budgets in bench/budgets.json, as tests over every built page of both sites,
 * computed from the files (tests/support/page-bytes.ts): no browser, the same numbers on
 * every run.
 *   - every page: HTML + render-blocking CSS fits in the first round trip (gzip);
 *   - every content page (no island): no JavaScript at all, and a cold load (HTML, all CSS,
 *     images, fonts) within its budget;
 *   - a page type with a budget of its own in `pages` (the guide's JavaScript) within it.
 * A failure lists every page over the budget with its size.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageBytes, type PageBytes } from '../support/page-bytes';
import { alsoSite, DEMO, FIXTURE, ownPages, PAGES_WITH_SCRIPTS } from '../support/sites';

type Limits = { firstRoundTrip?: number; total?: number; js?: number };
interface Budgets {
  gzipLevel: number;
  everyPage: Limits;
  contentPages: Limits;
  pages: Record<string, Limits & { path: string; interact?: string }>;
}
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Budgets;

// Thousands apart with a plain space, so the titles are easy to search for.
const bytes = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} byte`;

// The test municipality's second written language (under /nb/) is a build of its own, measured as a site of its own.
for (const site of [DEMO, FIXTURE, ...(alsoSite(FIXTURE) ? [alsoSite(FIXTURE)!] : [])]) {
  const sizes = new Map<string, PageBytes>();
  const measured = (path: string) => {
    let size = sizes.get(path);
    if (!size) sizes.set(path, (size = pageBytes(site, path, budgets.gzipLevel)));
    return size;
  };
  const all = ownPages(site);
  const content = all.filter((path) => !PAGES_WITH_SCRIPTS.includes(path));

  test(`${site.dir}/: HTML + blokkerende CSS er høyst ${bytes(budgets.everyPage.firstRoundTrip!)} gzip på hver side`, () => {
    const limit = budgets.everyPage.firstRoundTrip!;
    const over = all
      .map(measured)
      .filter((p) => p.firstRoundTrip > limit)
      .map((p) => {
        const parts = p.resources.filter((r) => r.blocking).map((r) => `${r.kind === 'html' ? 'HTML' : r.url.split('/').pop()} ${bytes(r.bytes)}`);
        return `${p.path}: ${bytes(p.firstRoundTrip)} (${parts.join(' + ')}), ${bytes(p.firstRoundTrip - limit)} for mye`;
      });
    expect(all.length).toBeGreaterThan(0);
    expect(over, `${over.length} av ${all.length} sider i ${site.dir}/ får ikke plass i første runde (${bytes(limit)} gzip, zlib-nivå ${budgets.gzipLevel})`).toEqual([]);
  });

  test(`${site.dir}/: ingen innholdsside har JavaScript`, () => {
    const limit = budgets.contentPages.js!;
    const over = content
      .map(measured)
      .filter((p) => p.js > limit)
      .map((p) => `${p.path}: ${bytes(p.js)} JavaScript (${p.resources.filter((r) => r.kind === 'js').map((r) => r.url).join(', ')})`);
    expect(over, `innholdssider i ${site.dir}/ med JavaScript (tillatt: ${bytes(limit)}; sider med øyer står i PAGES_WITH_SCRIPTS)`).toEqual([]);
  });

  test(`${site.dir}/: en kald innlasting av en innholdsside er høyst ${bytes(budgets.contentPages.total!)}`, () => {
    const limit = budgets.contentPages.total!;
    const over = content
      .map(measured)
      .filter((p) => p.total > limit)
      .map((p) => {
        const byKind = new Map<string, number>();
        for (const r of p.resources) if (r.kind !== 'js') byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + r.bytes);
        return `${p.path}: ${bytes(p.total)} (${[...byKind].map(([kind, n]) => `${kind} ${bytes(n)}`).join(', ')}), ${bytes(p.total - limit)} for mye`;
      });
    expect(over, `${over.length} av ${content.length} innholdssider i ${site.dir}/ henter for mye på en kald innlasting`).toEqual([]);
  });

  // Page types with a budget of their own. Budgets that need a browser (`interact`, such as
  // the first search) are tested where that happens (tests/e2e/search.spec.ts).
  for (const [name, spec] of Object.entries(budgets.pages)) {
    const limits = (['firstRoundTrip', 'total', 'js'] as const).filter((key) => spec[key] !== undefined);
    if (spec.interact || limits.length === 0) continue;
    test(`${site.dir}/: ${name} (${spec.path}) holder sitt eget budsjett`, () => {
      const page = measured(spec.path);
      for (const key of limits) {
        expect.soft(page[key], `${spec.path} i ${site.dir}/: ${key} ${bytes(page[key])}, budsjett ${bytes(spec[key]!)}`).toBeLessThanOrEqual(spec[key]!);
      }
    });
  }
}
