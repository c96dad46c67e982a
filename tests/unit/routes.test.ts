import { describe, expect, it } from 'vitest';
import { rebaseUrl } from '../../src/lib/content/remarkBaseLinks';
import { internalTarget, offerPath, pagePath, withBase } from '../../src/lib/routes';

describe('adresser', () => {
  it('gir tilbud og sider faste adresser fra ID-en', () => {
    expect(offerPath('avlastning')).toBe('/tilbud/avlastning/');
    expect(pagePath('sorg')).toBe('/sorg/');
  });

  it('legger grunnadressen foran en sti', () => {
    expect(withBase('/parorende/', '/tilbud/')).toBe('/parorende/tilbud/');
    expect(withBase('/', '/tilbud/')).toBe('/tilbud/');
    expect(withBase('/parorende', 'sok/')).toBe('/parorende/sok/');
  });

  it('finner målet for en intern lenke, med anker', () => {
    expect(internalTarget('/tilbud/avlastning/#hva-er-avlastning')).toEqual({ path: '/tilbud/avlastning/', fragment: 'hva-er-avlastning' });
    expect(internalTarget('/sok/?q=pause')).toEqual({ path: '/sok/' });
    expect(internalTarget('https://www.nav.no/')).toBeUndefined();
    expect(internalTarget('//annen.example/')).toBeUndefined();
    expect(internalTarget('#topp')).toBeUndefined();
  });
});

describe('lenker i innholdet under en underside', () => {
  it('får grunnadressen foran seg', () => {
    expect(rebaseUrl('/tilbud/avlastning/', '/parorende/')).toBe('/parorende/tilbud/avlastning/');
  });

  it('blir ikke endret når de er eksterne, allerede har grunnadressen, eller nettstedet ligger på roten', () => {
    expect(rebaseUrl('https://www.nav.no/', '/parorende/')).toBe('https://www.nav.no/');
    expect(rebaseUrl('/parorende/sok/', '/parorende/')).toBe('/parorende/sok/');
    expect(rebaseUrl('/tilbud/', '/')).toBe('/tilbud/');
    expect(rebaseUrl('#anker', '/parorende/')).toBe('#anker');
  });
});

describe('en lenke i teksten til et tilbud kommunen ikke har', () => {
  it('blir til vanlig tekst, mens andre lenker får grunnadressen', async () => {
    const { remarkBaseLinks } = await import('../../src/lib/content/remarkBaseLinks');
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: '/tilbud/omsorgsstonad/', children: [{ type: 'text', value: 'omsorgsstønad' }] },
            { type: 'text', value: ' og ' },
            { type: 'link', url: '/tilbud/avlastning/', children: [{ type: 'text', value: 'avlastning' }] },
          ],
        },
      ],
    };
    remarkBaseLinks({ base: '/parorende/', offerIds: ['avlastning'] })(tree);
    expect(tree.children[0]!.children).toEqual([
      { type: 'text', value: 'omsorgsstønad' },
      { type: 'text', value: ' og ' },
      { type: 'link', url: '/parorende/tilbud/avlastning/', children: [{ type: 'text', value: 'avlastning' }] },
    ]);
  });
});
