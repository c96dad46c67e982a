/**
 * Each site is written in the language its profile chose, and only in it: no page of the
 * nynorsk test municipality has a bokmål word that has its own nynorsk form («ikke», «hva»,
 * «hjem» …), and no page of the bokmål demo has a nynorsk one («ikkje», «kva», «heim» …).
 * Read from the built files, without a browser: the text a reader sees, the window title,
 * and the names of links, buttons and images a screen reader says. The site's `<html lang>`
 * is checked on every page too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import type { SiteLanguage } from '../../src/siteConfig';
import { builtPages, DEMO, FIXTURE, writtenLanguageOf, type BuiltSite } from '../support/sites';
import { FORBIDDEN, wordPattern } from '../support/writtenWords';
import { findAll, hasClass, textOf, visibleTree } from '../support/visibleText';

/**
 * Names that stay as their owners write them, whatever language the page is in. Each one
 * with its reason; nothing else is let through.
 */
const PROPER_NAMES: Record<SiteLanguage, { name: string; why: string }[]> = {
  nn: [
    { name: 'Hva med oss?', why: 'a course for parents held by family counselling (Bufdir), as a municipality may quote it; Bufdir writes «Kva med oss?» on nynorsk, as the national text does' },
    { name: 'Hva med meg?', why: 'the same course for parents who are alone' },
    { name: 'Vi – de pårørende', why: "the title of the government's strategy for relatives" },
    { name: 'Velferdsteknologi som støtte til hverdagen hjemme', why: 'the title of a film' },
    { name: 'etat for hjemmebaserte tjenester', why: 'the name of an agency of Bergen municipality' },
  ],
  nb: [],
};


/**
 * Quoted as their owners wrote them, so left out: the sources a page lists (titles of
 * documents and notes on where in them a fact stands), and the laws and sections a page
 * rests on (each section's title as the law writes it; most health laws are written in
 * bokmål, nynorsk.md §0). So is any element that says it is in another language
 * (`lang="en"` on an English word in the glossary).
 */
const QUOTED = ['pg-sources', 'pg-legal'];

function prune(node: Root | Element, language: SiteLanguage, marked: string[] = []): string[] {
  node.children = node.children.filter((child) => {
    if (child.type !== 'element') return true;
    if (QUOTED.some((name) => hasClass(child, name))) return false;
    const lang = child.properties?.lang;
    if (lang === undefined || String(lang).split('-')[0] === language) return true;
    marked.push(textOf(child).trim());
    return false;
  });
  for (const child of node.children) if (child.type === 'element') prune(child, language, marked);
  return marked;
}

/**
 * What a reader sees or hears of a page: the window title, the text, and the accessible names
 * in attributes. A name the page marks as another language where it shows it (an event's title
 * in the main written language, on a page of the second) is that language in the window title
 * and in a link's accessible name too, which cannot carry `lang` of their own.
 */
function readerText(html: string, language: SiteLanguage): string {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const tree = visibleTree(html);
  const marked = prune(tree, language).filter((text) => text.length > 0);
  const named = findAll(tree, (element) => ['aria-label', 'alt', 'title'].some((name) => element.properties?.[name === 'aria-label' ? 'ariaLabel' : name] !== undefined));
  const attributes = named.flatMap((element) => [element.properties.ariaLabel, element.properties.alt, element.properties.title].filter((value) => value !== undefined).map(String));
  const unmarked = (text: string) => marked.reduce((rest, name) => rest.split(name).join(' '), text);
  return [unmarked(title), textOf(tree), ...attributes.map(unmarked)].join('\n');
}

/** On an English page: the text of the elements marked as being in the site's language (`lang="nn"`). */
function markedText(html: string, language: SiteLanguage): string {
  const tree = visibleTree(html);
  const marked = findAll(tree, (element) => String(element.properties?.lang ?? '').split('-')[0] === language);
  return marked.map((element) => textOf(element)).join('\n');
}

/** Every forbidden word in a text, with the words around it so a failure shows where. */
export function wrongWordsIn(text: string, language: SiteLanguage): string[] {
  // Web and e-mail addresses are not words (a printed page writes its own address out).
  let rest = text.replace(/\S*(?:\/|@|www\.)\S*/gu, ' ');
  for (const { name } of PROPER_NAMES[language]) rest = rest.split(name).join(' ');
  return [...rest.matchAll(wordPattern(FORBIDDEN[language].words))].map(
    (match) => `«${match[0]}» i «…${rest.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).replace(/\s+/g, ' ')}…»`,
  );
}

/**
 * The new municipalities `npm test` makes before the browser tests (scripts/ny-kommune-test.mjs):
 * straight from `npm run ny-kommune`, with the national text, the profile's defaults and three
 * offers an editor wrote. Read where they are built.
 */
const NEW_MUNICIPALITIES = [
  { dir: 'dist-ny-kommune', language: 'nb' as const },
  { dir: 'dist-ny-kommune-nn', language: 'nn' as const },
]
  .filter(({ dir }) => existsSync(join(dir, 'index.html')))
  .map(({ dir, language }): BuiltSite => ({ ...DEMO, dir, language, also: undefined }));

const fileOf = (site: BuiltSite, page: string) => join(site.dir, page.endsWith('/') ? `${page}index.html` : page);
const htmlPages = (site: BuiltSite) => builtPages(site.dir).filter((page) => page.endsWith('/') || page.endsWith('.html'));

test.describe('hvert nettsted er skrevet på sitt eget skriftspråk', () => {
  test('kontrollen kjenner igjen ordene, hele ord og i alle former for stor bokstav', () => {
    expect(wrongWordsIn('Du treng ikkje søkje.', 'nb').map((found) => found.split('»')[0])).toEqual(['«treng', '«ikkje']);
    expect(wrongWordsIn('Les meir på www.provestad.example/tilbud/hva-med-oss/ eller skriv til hva@kommune.no.', 'nn')).toEqual([]);
    expect(wrongWordsIn('Ikke ring. Hva gjør jeg?', 'nn').map((found) => found.split('»')[0])).toEqual(['«Ikke', '«Hva', '«gjør', '«jeg']);
    expect(wrongWordsIn('Pårørendeguiden og Pårørendelinjen er namn.', 'nn')).toEqual([]);
    expect(wrongWordsIn('Du treng ikkje søkje.', 'nn')).toEqual([]);
    expect(wrongWordsIn('Kurset «Hva med oss?» er for par.', 'nn')).toEqual([]);
    expect(wrongWordsIn('Kurset «Hva med oss?» er for par. Hva vil du?', 'nn')).toHaveLength(1);
    expect(readerText('<html lang="nn"><head><title>Ikkje</title></head><body><p>Ord: <span lang="en">hva</span></p><section class="pg-sources"><a href="/">Veileder om pårørende</a></section><a aria-label="Ikke lukk" href="/">x</a></body></html>', 'nn')).not.toMatch(/hva|pårørende/);
    expect(wrongWordsIn(readerText('<html lang="nn"><head><title>Hjem</title></head><body><a aria-label="Ikke lukk" href="/">x</a><img alt="Hvem" src="/a.png"></body></html>', 'nn'), 'nn')).toHaveLength(3);
  });

  for (const site of [DEMO, FIXTURE, ...NEW_MUNICIPALITIES]) {
    const languages = site.also ? `lang="${site.language}" (og lang="${site.also}" under /${site.also}/)` : `lang="${site.language}"`;
    const forbidden = site.also ? `${FORBIDDEN[site.language].name} (og ingen ${FORBIDDEN[site.also].name} under /${site.also}/)` : FORBIDDEN[site.language].name;
    test(`${site.dir}: hver side har ${languages} og ingen ${forbidden}`, () => {
      const pages = htmlPages(site);
      expect(pages.length).toBeGreaterThan(50);
      if (site.also) expect(pages.filter((page) => page.startsWith(`/${site.also}/`)).length, `sider under /${site.also}/`).toBeGreaterThan(50);
      const wrongLang: string[] = [];
      const found: Record<string, string[]> = {};
      for (const page of pages) {
        const html = readFileSync(fileOf(site, page), 'utf8');
        const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
        // The English section (docs/adr/0017-engelsk-del.md) is English; only what it marks as
        // the site's language (a Norwegian name or title) is read for the written-language rule.
        // Under /<also>/ the second written language (docs/adr/0018): what stays in the main
        // language there (the office's hours, an offer not written in the second) is marked so.
        const english = page.startsWith('/en/');
        const written = writtenLanguageOf(site, page);
        if (lang !== (english ? 'en' : written)) wrongLang.push(`${page}: lang="${lang ?? ''}"`);
        const words = wrongWordsIn(english ? markedText(html, written) : readerText(html, written), written);
        if (words.length > 0) found[page] = words;
      }
      expect(wrongLang, `sider med feil lang`).toEqual([]);
      expect(found, `${forbidden} i ${site.dir}/`).toEqual({});
    });
  }
});
