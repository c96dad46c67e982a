/**
 * The written languages a municipality can publish in: bokmål (`nb`) and nynorsk (`nn`).
 * The profile's `language` picks one (src/schemas/profile.ts); pure, so schemas and the
 * build share the list.
 */
export const LANGUAGES = ['nb', 'nn'] as const;
export type SiteLanguage = (typeof LANGUAGES)[number];
/** The language of a profile that does not say. */
export const DEFAULT_LANGUAGE: SiteLanguage = 'nb';

/**
 * The language of one page: the site's written language, or English (`en`) for the small
 * English section under /en/ that every site has (docs/adr/0017-engelsk-del.md).
 */
export type PageLanguage = SiteLanguage | 'en';
