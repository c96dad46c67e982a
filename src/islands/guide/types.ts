/**
 * What the page hands the guide: build-time data as one compact JSON block in the page
 * (`<script type="application/json">`), read once by the script that starts the guide.
 * The guide fetches nothing. Every visible word is in here, from content or the dictionary.
 */
import type { GuideQuestion, GuideRules } from '../../lib/guide/types';

export interface ContactInfo {
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
  /** What the helpline helps with; only on the helplines. */
  description?: string | undefined;
  /** The contact's target groups; only on the helplines. */
  groups?: string[] | undefined;
  /** The name's language when it differs from the page's: a Norwegian name in the English guide. */
  lang?: string | undefined;
}

export interface OfferInfo {
  title: string;
  /** One sentence: how you get it. */
  howToGet: string;
  /** The contact's ID, a key of `contacts`. */
  contact: string;
  /** The relative's own age bands it is for. */
  ageBands: string[];
  /** The offer's address when it is not `/tilbud/<id>/`: `/en/offers/<id>/` in the English guide. */
  path?: string | undefined;
  /** The title's language when it differs from the page's: a Norwegian title in the English guide. */
  lang?: string | undefined;
}

export interface PageInfo {
  title: string;
  /** Who it is written for: `voksne`, `barn`, `ungdom`. */
  audience: string;
  /** The page's address when it is not `/<id>/`: an English page in the English guide. */
  path?: string | undefined;
  /** The title's language when it differs from the page's. */
  lang?: string | undefined;
}

export interface GuideData {
  /** The deployment base path, for links: `/parorende/`. */
  base: string;
  questions: GuideQuestion[];
  /** The rules, for the offers this municipality has. */
  rules: GuideRules;
  offers: Record<string, OfferInfo>;
  pages: Record<string, PageInfo>;
  /** The offers' contacts, the helplines and the emergency numbers, by contact ID. */
  contacts: Record<string, ContactInfo>;
  /** Contact IDs of the emergency numbers shown when something is acute. */
  emergency: string[];
  office: { name: string; phone: string; email: string; hours: string };
  /** UI words from the dictionary (`guide.*`), without the prefix. */
  text: Record<string, string>;
}
