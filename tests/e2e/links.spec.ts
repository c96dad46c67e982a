/**
 * Every internal link, #anchor and image in the built site resolves, and no link has
 * vague text such as «her» or «les mer» that means nothing read alone.
 */
import { expect, test } from '@playwright/test';
import { checkLinks } from '../support/linkcheck';
import { DEMO, FIXTURE } from '../support/sites';

for (const site of [DEMO, FIXTURE]) {
  test(`alle interne lenker, ankere og bilder virker i ${site.dir}`, () => {
    const { broken } = checkLinks(site.dir, site.base);
    expect(broken).toEqual([]);
  });

  test(`ingen lenke har vag tekst i ${site.dir}`, () => {
    const { vague } = checkLinks(site.dir, site.base);
    expect(vague).toEqual([]);
  });
}
