import { withBase } from '../lib/routes';
import { mainBaseOverride } from '../siteConfig';

/** The main site's base: this build's, or in the build of a second written language the main one's (docs/adr/0018). */
const MAIN_BASE = mainBaseOverride() ?? import.meta.env.BASE_URL;

/**
 * A site path with the deployment base in front: `href('/tilbud/')` → `/parorende/tilbud/`.
 * The English section is the main site's only, so `/en/…` gets the main site's base also on
 * the pages of a second written language (`/nb/…`).
 */
export const href = (path: string): string => withBase(path === '/en/' || path.startsWith('/en/') ? MAIN_BASE : import.meta.env.BASE_URL, path);
