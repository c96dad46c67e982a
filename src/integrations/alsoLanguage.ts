/**
 * Bokmål and nynorsk side by side (docs/adr/0018-bokmaal-og-nynorsk-side-om-side.md): after the
 * main build, the site in the profile's `alsoLanguage` is built by a second `astro build`, with
 * the same code and the national folder of that language, into `<out>/<lang>/` under
 * `<base><lang>/`. `npm run build` stays the one command; the second build fails the first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ContentProblem } from '../lib/content/issues';
import { mdxFileNames, VERSIONED_FOLDERS, type SiteLanguage } from '../siteConfig';

/**
 * Runs the second build: `PG_PASS_LANGUAGE` tells it which language it is (and keeps it from
 * starting a third), `PG_MAIN_URL` where the main site is, for the links back and to /en/.
 * Returns false when it failed; it has then printed its own message.
 */
export function buildAlsoLanguage(options: { root: string; out: string; lang: SiteLanguage; mainUrl: string; logger: AstroIntegrationLogger }): boolean {
  const { root, out, lang, mainUrl, logger } = options;
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const target = join(out, lang);
  logger.info(`bygger nettstedet på ${lang === 'nb' ? 'bokmål' : 'nynorsk'} (alsoLanguage) til ${relative(root, target) || target}/ …`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PG_PASS_LANGUAGE: lang,
      PG_MAIN_URL: mainUrl,
      PG_SITE_URL: new URL(`${lang}/`, mainUrl).href,
      PG_OUT: relative(root, target) || target,
    },
  });
  if (result.status !== 0) {
    logger.error(`Nettstedet på ${lang} ble ikke bygget (se meldingen over), og derfor heller ikke resten.`);
    return false;
  }
  logger.info(`nettstedet på ${lang} er bygget på ${Math.round((Date.now() - started) / 1000)} s`);
  return true;
}

/**
 * What the second build leaves out, because it belongs once per site (to the main one): the
 * English section, which its pages link to on the main site, and the 404 page the web server
 * serves from the root.
 */
export function removeMainOnly(out: string): void {
  rmSync(join(out, 'en'), { recursive: true, force: true });
  rmSync(join(out, '404.html'), { force: true });
}

/**
 * A version in the second language of an offer or a guide page the municipality does not have
 * (`<local>/<lang>/tilbud/<id>.mdx` without `<local>/tilbud/<id>.mdx`, and the same for `sider/`):
 * an error, named with file and field.
 */
export function orphanVersions(localDir: string, lang: SiteLanguage, relativeTo: (file: string) => string): ContentProblem[] {
  return VERSIONED_FOLDERS.flatMap((folder) => {
    const dir = join(localDir, lang, folder);
    const what = folder === 'tilbud' ? 'tilbudet' : 'siden';
    return mdxFileNames(dir)
      .filter((name) => !existsSync(join(localDir, folder, name)))
      .map((name) => ({
        file: relativeTo(join(dir, name)),
        problem: `finnes ikke i ${relativeTo(join(localDir, folder))}/: en ${lang === 'nb' ? 'bokmålsversjon' : 'nynorskversjon'} må ha samme filnavn som ${what} den skriver om`,
      }));
  });
}
