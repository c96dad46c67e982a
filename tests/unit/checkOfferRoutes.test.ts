import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/content/check';

const profile: ContentFile = {
  file: 'content/lokalt/profil.yaml',
  collection: 'profil',
  id: 'profil',
  data: {
    municipality: 'Eksempel kommune',
    siteUrl: 'https://www.eksempel.kommune.no/parorende/',
    brandColor: '#1e5a8c',
    office: { name: 'Tjenestekontoret', phone: '12 34 56 78', email: 'post@eksempel.no', address: 'Eksempelveien 1', hours: 'Hverdager' },
  },
};

const offer = (id: string, body = ''): ContentFile => ({
  file: `content/lokalt/tilbud/${id}.mdx`,
  collection: 'tilbud',
  id,
  body,
  data: {
    title: 'Sorggrupper',
    lead: 'Grupper for deg som har mistet noen.',
    kind: 'lavterskel',
    provider: 'frivillig',
    targetGroups: ['etterlatte'],
    needs: ['sorg'],
    howToGet: 'Ta kontakt.',
    contact: 'tjenestekontor',
    sources: [{ title: 'Bodø kommune' }],
    lastChecked: '2026-11-23',
  },
});

const problemsOf = (files: ContentFile[]): string => {
  try {
    checkContent(files);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('checkContent and the offer routes', () => {
  it('refuses an offer named like a filter folder', () => {
    expect(problemsOf([profile, offer('behov')])).toContain('filnavnet «behov» er opptatt av filtrene');
  });

  it('accepts a link to the tilbudstrapp', () => {
    expect(problemsOf([profile, offer('sorggrupper', 'Se [tilbudstrappen](/tilbudstrappen/).')])).toBe('');
  });

  it('accepts a link to a filter page that an offer calls for', () => {
    expect(problemsOf([profile, offer('sorggrupper', 'Se [alle tilbud i sorg](/tilbud/behov/sorg/).')])).toBe('');
  });

  it('refuses a link to a filter page no offer calls for', () => {
    expect(problemsOf([profile, offer('sorggrupper', 'Se [penger](/tilbud/behov/okonomi/).')])).toContain('«/tilbud/behov/okonomi/» peker til en side som ikke finnes');
  });
});
