/**
 * Crisis numbers where crisis is named: every page or offer whose own text speaks of
 * danger to life, suicide, self-harm, violence or something acute shows 113 and the
 * legevakt's 116 117 as numbers to tap, in the text itself (the footer does not count),
 * and the pages for children and youth show Alarmtelefonen 116 111.
 * Read from the built files of both sites, without a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { builtPages, DEMO, FIXTURE } from '../support/sites';
import { findAll, hasClass, telLinks, textOf, visibleTree } from '../support/visibleText';

/** Words that name a crisis, in bokmål and nynorsk (the test municipality writes nynorsk). */
export const CRISIS_WORDS: [string, RegExp][] = [
  ['fare for liv', /fare for (?:liv|livet)/iu],
  ['livsfare', /livsfare/iu],
  ['liv i fare', /liv(?:et)?(?: \p{L}+){0,2} (?:kan )?(?:stå|være|vere|er) i fare/iu],
  ['i fare', /\b(?:er|være|vere|noen|nokon) i fare\b/iu],
  ['selvmord', /s(?:elv|jølv)mord/iu],
  ['ta sitt eget liv', /ta (?:sitt|ditt|mitt) (?:eget|eige) liv/iu],
  ['skade seg selv', /skade (?:seg|deg|meg) (?:selv|sjølv)/iu],
  ['selvskading', /s(?:elv|jølv)skad/iu],
  ['vold', /\b(?:vold|vald)(?:elig|eleg|en)?\b/iu],
  ['akutt', /\bakutt(?:e)?\b/iu],
  ['overdose', /overdose/iu],
];

const EMERGENCY = '113';
const LEGEVAKT = '116117';
const ALARMTELEFONEN = '116111';

export function crisisWordsIn(text: string): string[] {
  return CRISIS_WORDS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

/** The editor's own text of a guide page or an offer: title, lead, body and the facts box. */
function ownText(article: Element): string {
  const parts = findAll(article, (element) => element.tagName === 'h1' || ['pg-lead', 'pg-prose', 'pg-facts'].some((name) => hasClass(element, name)));
  return parts.map(textOf).join(' ');
}

interface Checked {
  page: string;
  words: string[];
  numbers: string[];
  audience: string;
}

function articles(dir: string): Checked[] {
  return builtPages(dir).flatMap((page) => {
    const tree = visibleTree(readFileSync(join(dir, page.endsWith('/') ? `${page}index.html` : page), 'utf8'));
    return findAll(tree, (element) => element.tagName === 'article' && hasClass(element, 'pg-article') && !hasClass(element, 'pg-sheet')).map((article) => ({
      page,
      words: crisisWordsIn(ownText(article)),
      numbers: telLinks(article),
      audience: String(article.properties?.dataAudience ?? ''),
    }));
  });
}

test.describe('nødnumre der krise nevnes', () => {
  test('ordlisten kjenner igjen krise, og ikke vanlige ord', () => {
    expect(crisisWordsIn('Ring 113 når liv kan stå i fare.')).toEqual(['liv i fare']);
    expect(crisisWordsIn('Er du redd for at personen skal ta sitt eget liv?')).toEqual(['ta sitt eget liv']);
    expect(crisisWordsIn('Har du tenkt på å skade deg selv?')).toEqual(['skade seg selv']);
    expect(crisisWordsIn('Noen opplever vold i nære relasjoner.')).toEqual(['vold']);
    expect(crisisWordsIn('Når det blir akutt')).toEqual(['akutt']);
    expect(crisisWordsIn('Avlastning gir deg en pause. Han var voldsomt sliten.')).toEqual([]);
    expect(crisisWordsIn('Er du redd for at personen skal ta sitt eige liv?')).toEqual(['ta sitt eget liv']);
    expect(crisisWordsIn('Har du tenkt på å skade deg sjølv?')).toEqual(['skade seg selv']);
    expect(crisisWordsIn('Nokon opplever vald i nære relasjonar.')).toEqual(['vold']);
    expect(crisisWordsIn('Tankar om sjølvmord')).toEqual(['selvmord']);
    expect(crisisWordsIn('Avlasting gir deg ein pause. Han var valdsamt sliten.')).toEqual([]);
  });

  for (const site of [DEMO, FIXTURE]) {
    test(`${site.dir}: hver side som nevner krise, viser 113 og legevakten 116 117 i teksten`, () => {
      const checked = articles(site.dir);
      const crisis = checked.filter((entry) => entry.words.length > 0);
      expect(crisis.length, 'sider som nevner krise').toBeGreaterThan(5);
      const missing = crisis.flatMap((entry) =>
        [EMERGENCY, LEGEVAKT].filter((number) => !entry.numbers.includes(number)).map((number) => `${entry.page} nevner ${entry.words.join(', ')}, men viser ikke tel:${number}`),
      );
      expect(missing).toEqual([]);
    });

    test(`${site.dir}: sidene for barn og ungdom viser Alarmtelefonen 116 111`, () => {
      const young = articles(site.dir).filter((entry) => entry.audience === 'barn' || entry.audience === 'ungdom');
      // And the same pages in the second written language, where the site publishes one (docs/adr/0018).
      const expected = ['/for-barn/', '/for-ungdom/'];
      expect(young.map((entry) => entry.page).sort()).toEqual([...expected, ...(site.also ? expected.map((page) => `/${site.also}${page}`) : [])].sort());
      expect(young.filter((entry) => !entry.numbers.includes(ALARMTELEFONEN)).map((entry) => entry.page)).toEqual([]);
    });
  }
});
