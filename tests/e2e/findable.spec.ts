/**
 * Findable and shareable, from the built files of both sites (no browser): every page has
 * the Open Graph tags a link preview needs (in a text message or a chat), with its own
 * address; the sitemap lists exactly the pages of their own with absolute addresses, and
 * robots.txt points to it; the schema.org data parses and has what search engines read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { builtPages, DEMO, FIXTURE, FIXTURE_LOCAL_DIR, redirectTarget, writtenLanguageOf, type BuiltSite } from '../support/sites';

const OG = ['og:title', 'og:description', 'og:site_name', 'og:type', 'og:url', 'og:locale'];

const decode = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const fileOf = (site: BuiltSite, path: string) => join(site.dir, path.endsWith('/') ? `${path}index.html` : path);
const read = (site: BuiltSite, path: string) => readFileSync(fileOf(site, path), 'utf8');
const metaProperty = (html: string, name: string) => [...html.matchAll(new RegExp(`<meta property="${name}" content="([^"]*)"`, 'g'))].map((m) => decode(m[1]!));
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, any>);
const noindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);

const sites = [
  { site: DEMO, local: 'content/lokalt' },
  { site: FIXTURE, local: FIXTURE_LOCAL_DIR },
];

for (const { site, local } of sites) {
  const profile = parse(readFileSync(join(local, 'profil.yaml'), 'utf8')) as {
    municipality: string;
    siteUrl: string;
    office: { name: string; phone: string; email: string; address: string };
    language?: 'nb' | 'nn';
  };
  // Open Graph names the written language as the profile chooses it: nb_NO or nn_NO (en_GB under
  // /en/, and the second written language's under /nb/ or /nn/, docs/adr/0018).
  const ogLocale = (path: string) => `${writtenLanguageOf(site, path)}_NO`;
  const siteUrl = profile.siteUrl.endsWith('/') ? profile.siteUrl : `${profile.siteUrl}/`;
  const absolute = (path: string) => new URL(path.slice(1), siteUrl).href;
  const pages = builtPages(site.dir);

  test(`${site.dir}/: hver side har Open Graph-taggene med verdi, og sin egen adresse`, () => {
    const problems: string[] = [];
    for (const path of pages) {
      const html = read(site, path);
      for (const name of OG) {
        const values = metaProperty(html, name);
        if (values.length !== 1 || values[0]!.trim() === '') problems.push(`${path}: ${name} ${values.length === 1 ? 'er tom' : `står ${values.length} ganger`}`);
      }
      const [url] = metaProperty(html, 'og:url');
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
      const target = redirectTarget(site, path);
      // A page that sends on shows its target's preview; the 404 page is served at any address.
      const expected = target ? new URL(target, siteUrl).href : path === '/404.html' ? canonical : absolute(path);
      if (url !== expected) problems.push(`${path}: og:url er ${url}, skal være ${expected}`);
      if (url !== canonical) problems.push(`${path}: og:url (${url}) er ikke den kanoniske adressen (${canonical})`);
      if (metaProperty(html, 'og:site_name')[0] !== `Pårørendeguiden – ${profile.municipality}`) problems.push(`${path}: og:site_name er ikke nettstedets navn`);
      // The English section (docs/adr/0017-engelsk-del.md) is British English.
      const locale = path.startsWith('/en/') ? 'en_GB' : ogLocale(path);
      if (metaProperty(html, 'og:locale')[0] !== locale) problems.push(`${path}: og:locale er ikke ${locale}`);
      if (!target) {
        const description = decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
        if (metaProperty(html, 'og:description')[0] !== description) problems.push(`${path}: og:description er ikke sidens beskrivelse`);
        const windowTitle = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
        const title = metaProperty(html, 'og:title')[0]!;
        const h1 = decode(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '');
        if (!windowTitle.startsWith(title) && title !== h1) problems.push(`${path}: og:title «${title}» er verken sidens tittel eller overskrift`);
      }
    }
    expect(pages.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  test(`${site.dir}/: en kort adresse sendt på SMS viser målets forhåndsvisning`, () => {
    const short = pages.find((path) => redirectTarget(site, path));
    expect(short, 'nettstedet har korte adresser').toBeDefined();
    const target = redirectTarget(site, short!)!;
    const targetHtml = read(site, target.slice(site.base.length - 1));
    for (const name of OG) expect(metaProperty(read(site, short!), name), name).toEqual(metaProperty(targetHtml, name));
  });

  test(`${site.dir}/: sitemap lister nøyaktig sidene, med fulle adresser, og robots.txt viser til den`, () => {
    const robots = readFileSync(join(site.dir, 'robots.txt'), 'utf8');
    // The second written language (docs/adr/0018) has its own sitemap, and robots.txt names both.
    const sitemapUrls = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]!);
    expect(sitemapUrls).toEqual([absolute('/sitemap-index.xml'), ...(site.also ? [absolute(`/${site.also}/sitemap-index.xml`)] : [])]);
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);

    const local = (url: string) => {
      expect(url.startsWith(siteUrl), `${url} ligger under ${siteUrl}`).toBe(true);
      return join(site.dir, url.slice(siteUrl.length));
    };
    const sitemaps = sitemapUrls.flatMap((sitemapUrl) => [...readFileSync(local(sitemapUrl), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((url) => [...readFileSync(local(url), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(new Set(listed).size, 'ingen adresse står to ganger').toBe(listed.length);

    // A page of its own: every page but the 404 page and those marked noindex.
    const expected = pages.filter((path) => path !== '/404.html' && !noindex(read(site, path))).map(absolute);
    expect([...listed].sort()).toEqual(expected.sort());
    for (const url of listed) expect(existsSync(join(local(url), 'index.html')), url).toBe(true);

    // What is left out, by name: the screen, the search form, the printouts, an address that sends on.
    const leftOut = ['/404.html', '/skjerm/', '/sok/', '/brosjyrer/samle/', '/brosjyrer/for-parorende/', pages.find((path) => redirectTarget(site, path))!];
    const sheet = pages.find((path) => path.startsWith('/brosjyrer/tilbud/'));
    if (sheet) leftOut.push(sheet);
    for (const path of leftOut) expect(listed, path).not.toContain(absolute(path));
    for (const path of ['/', '/tilbud/', '/kalender/', '/rettigheter/', '/for-ansatte/']) expect(listed, path).toContain(absolute(path));
  });

  test(`${site.dir}/: schema.org-dataene kan leses og har feltene søkemotorene bruker`, () => {
    const front = jsonLd(read(site, '/'));
    expect(front).toHaveLength(1);
    expect(front[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      name: `${profile.office.name}, ${profile.municipality}`,
      email: profile.office.email,
      url: siteUrl,
      parentOrganization: { '@type': 'GovernmentOrganization', name: profile.municipality },
    });
    expect(front[0]!.telephone.replace(/\s/g, '')).toBe(`+47${profile.office.phone.replace(/\s/g, '')}`);
    expect(front[0]!.address['@type']).toBe('PostalAddress');
    expect(Object.values(front[0]!.address).join(' ')).toContain(profile.office.address.split(',')[0]);

    const offers = pages.filter((path) => /^\/tilbud\/[a-z0-9-]+\/$/.test(path) && /class="pg-article pg-offer"/.test(read(site, path)));
    expect(offers.length).toBeGreaterThan(0);
    let services = 0;
    for (const path of offers) {
      const html = read(site, path);
      const data = jsonLd(html);
      const municipal = />Kommunen<\/dd>/.test(html);
      expect(data.length, `${path}: GovernmentService bare når kommunen gir tilbudet`).toBe(municipal ? 1 : 0);
      if (!municipal) continue;
      services += 1;
      expect(data[0], path).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'GovernmentService',
        name: metaProperty(html, 'og:title')[0],
        description: metaProperty(html, 'og:description')[0],
        provider: { '@type': 'GovernmentOrganization', name: profile.municipality },
        areaServed: { '@type': 'AdministrativeArea', name: profile.municipality },
      });
    }
    expect(services).toBeGreaterThan(0);
    // Content pages with no such data carry none: JSON-LD only where search engines use it.
    for (const path of ['/tilbud/', '/rettigheter/', '/a-a/']) expect(jsonLd(read(site, path)), path).toEqual([]);
  });
}
