/**
 * What the page hands the guide island: build-time data as small JSON, so the island
 * fetches nothing. Every visible word is in here, from content or the dictionary.
 */
import type { Catalogue } from '../../lib/guide/recommend';
import type { GuideQuestion, GuideRules } from '../../lib/guide/types';

export interface ContactInfo {
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
  url?: string | undefined;
  description?: string | undefined;
}

export interface OfferInfo {
  title: string;
  lead: string;
  kind: 'vedtak' | 'lavterskel';
  /** The offer's page, with the base path. */
  href: string;
  howToGet: string;
  contact?: ContactInfo | undefined;
}

export interface GuideProps {
  questions: GuideQuestion[];
  rules: GuideRules;
  catalogue: Catalogue;
  offers: Record<string, OfferInfo>;
  pages: Record<string, { title: string; href: string }>;
  contacts: Record<string, ContactInfo>;
  emergency: ContactInfo[];
  office: { name: string; phone: string; email: string; hours: string };
  /** The list of all offers, with the base path. */
  allOffersHref: string;
  /** UI words from the dictionary (`guide.*`), without the prefix. */
  text: Record<string, string>;
}
