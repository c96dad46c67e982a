/**
 * The written languages this site publishes (docs/adr/0018-bokmaal-og-nynorsk-side-om-side.md),
 * read once from the profile and the build's environment, for Base.astro, the header and the
 * page of an offer not written in the second language.
 */
import { alsoLanguage, mainBaseOverride, mainLanguage, offersWithoutVersion } from '../siteConfig';
import { offerPath } from '../lib/routes';
import type { WrittenLanguages } from '../lib/writtenLanguages';

let setup: WrittenLanguages | undefined;

export function writtenLanguages(): WrittenLanguages {
  if (setup) return setup;
  const also = alsoLanguage();
  setup = {
    main: mainLanguage(),
    also,
    // In the second build the main site's base is given by the first; in the main build it is this one's.
    mainBase: mainBaseOverride() ?? import.meta.env.BASE_URL,
    withoutVersion: new Set(also ? offersWithoutVersion(also).map(offerPath) : []),
  };
  return setup;
}
