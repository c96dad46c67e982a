import { describe, expect, it } from 'vitest';
import { inSitemap, internationalPhone, offerJsonLd, officeJsonLd, postalAddress } from '../../src/lib/structuredData';

describe('offerJsonLd', () => {
  it('describes an offer the municipality gives as its public service in its area', () => {
    expect(offerJsonLd({ title: 'Avlastning', lead: 'Noen tar over.', provider: 'kommune' }, 'Annen kommune')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'Avlastning',
      description: 'Noen tar over.',
      provider: { '@type': 'GovernmentOrganization', name: 'Annen kommune' },
      areaServed: { '@type': 'AdministrativeArea', name: 'Annen kommune' },
    });
  });

  it('says nothing for an offer someone else gives', () => {
    for (const provider of ['nav', 'helseforetak', 'frivillig', 'organisasjon'] as const) {
      expect(offerJsonLd({ title: 'Pleiepenger', lead: 'Penger.', provider }, 'Annen kommune')).toBeUndefined();
    }
  });
});

describe('officeJsonLd', () => {
  it('gives the office its phone, e-mail and address, as part of the municipality', () => {
    const office = { name: 'Tildelingskontoret', phone: '12 34 56 78', email: 'post@annen.kommune.no', address: 'Storgata 1, 0000 Annenby' };
    expect(officeJsonLd(office, 'Annen kommune', 'https://www.annen.kommune.no/parorende/')).toMatchObject({
      '@type': 'GovernmentOrganization',
      name: 'Tildelingskontoret, Annen kommune',
      telephone: '+47 12 34 56 78',
      email: 'post@annen.kommune.no',
      address: { '@type': 'PostalAddress', streetAddress: 'Storgata 1', postalCode: '0000', addressLocality: 'Annenby', addressCountry: 'NO' },
      url: 'https://www.annen.kommune.no/parorende/',
      parentOrganization: { '@type': 'GovernmentOrganization', name: 'Annen kommune' },
    });
  });

  it('writes an eight-digit number with the country code, and leaves other numbers as they are', () => {
    expect(internationalPhone('12 34 56 78')).toBe('+47 12 34 56 78');
    expect(internationalPhone('+47 12 34 56 78')).toBe('+47 12 34 56 78');
    expect(internationalPhone('116 117')).toBe('116 117');
  });

  it('keeps an address it cannot split as the street address', () => {
    expect(postalAddress('Rådhuset, inngang B')).toEqual({ '@type': 'PostalAddress', streetAddress: 'Rådhuset, inngang B', addressCountry: 'NO' });
  });
});

describe('inSitemap', () => {
  const page = '<!doctype html><html lang="nb"><head><title>Avlastning</title></head><body></body></html>';
  const noindex = '<!doctype html><html lang="nb"><head><meta name="robots" content="noindex"></head><body></body></html>';
  it('lists every page that does not ask to be left out', () => {
    expect(inSitemap('/tilbud/avlastning/', page)).toBe(true);
    expect(inSitemap('/', page)).toBe(true);
  });
  it('leaves out the 404 page and pages marked noindex', () => {
    expect(inSitemap('/404/', page)).toBe(false);
    expect(inSitemap('/404.html', page)).toBe(false);
    expect(inSitemap('/skjerm/', noindex)).toBe(false);
    expect(inSitemap('/sok/', noindex.replace('noindex', 'noindex, follow'))).toBe(false);
  });
});
