import { withBase } from '../lib/routes';

/** A site path with the deployment base in front: `href('/tilbud/')` → `/parorende/tilbud/`. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);
