/**
 * The written languages a municipality can publish in: bokmål (`nb`) and nynorsk (`nn`).
 * The profile's `language` picks one (src/schemas/profile.ts); pure, so schemas and the
 * build share the list.
 */
export const LANGUAGES = ['nb', 'nn'] as const;
export type SiteLanguage = (typeof LANGUAGES)[number];
/** The language of a profile that does not say. */
export const DEFAULT_LANGUAGE: SiteLanguage = 'nb';
