/**
 * The content collections. Thin on purpose: each schema lives in src/schemas/ and
 * documents its fields. The national part is the same in every municipality, in the
 * site's written language (content/nasjonalt or content/nasjonalt-nn, chosen by
 * `language` in the profile); the local part (PG_LOKALT, default content/lokalt) is
 * this municipality's.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { englishContactSchema, englishOfferSchema, englishPageSchema, contactSchema, eventSchema, frontPageSchema, glossaryTermSchema, lawSchema, offerSchema, pageSchema, profileSchema } from './schemas';
import { relative, resolve, sep } from 'node:path';
import { ENGLISH_DIR, hasEventFiles, localDir, localEnglishDir, localLanguageDir, mdxFileNames, nationalDir, passLanguage, withoutVersion, type VersionedFolder } from './siteConfig';

const NATIONAL_DIR = nationalDir();

/**
 * The folder the loaders read from: the project, or, when the local folder lies outside it
 * (`PG_LOKALT=../min-kommune/lokalt`), the nearest folder that holds both, since a loader's
 * pattern may not start with `../`. Patterns are written from the project and moved here.
 */
const LOADER_BASE = ((project: string, local: string): string => {
  let base = project;
  while (relative(base, local).startsWith('..')) base = resolve(base, '..');
  return base;
})(process.cwd(), resolve(localDir()));
const fromBase = (patterns: string | string[]): string[] =>
  (Array.isArray(patterns) ? patterns : [patterns]).map((pattern) => relative(LOADER_BASE, resolve(pattern)).split(sep).join('/'));

const byFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
const bothParts = (folder: string, extension: string) => [
  `${NATIONAL_DIR}/${folder}/[!_]*.${extension}`,
  `${localDir()}/${folder}/[!_]*.${extension}`,
];
/**
 * The offers and the guide pages: in the build of a second written language (docs/adr/0018), a
 * local file with a version in that language (`<local>/<lang>/tilbud/<id>.mdx`,
 * `<local>/<lang>/sider/<id>.mdx`) is read from there; the others from the local folder, and
 * their page says, or shows, that they are written in the main language only.
 */
const versionedFiles = (folder: VersionedFolder): string[] => {
  const lang = passLanguage();
  if (!lang) return bothParts(folder, 'mdx');
  const without = new Set(withoutVersion(folder, lang));
  return [
    `${NATIONAL_DIR}/${folder}/[!_]*.mdx`,
    ...mdxFileNames(`${localDir()}/${folder}`).map((name) => (without.has(name.slice(0, -'.mdx'.length)) ? `${localDir()}/${folder}/${name}` : `${localLanguageDir(lang)}/${folder}/${name}`)),
  ];
};

export const collections = {
  tilbud: defineCollection({
    loader: glob({ base: LOADER_BASE, pattern: fromBase(versionedFiles('tilbud')), generateId: byFileName }),
    schema: offerSchema,
  }),
  sider: defineCollection({
    loader: glob({ base: LOADER_BASE, pattern: fromBase(versionedFiles('sider')), generateId: byFileName }),
    schema: pageSchema,
  }),
  kontakter: defineCollection({
    loader: glob({ base: LOADER_BASE, pattern: fromBase(bothParts('kontakter', 'yaml')), generateId: byFileName }),
    schema: contactSchema,
  }),
  arrangementer: defineCollection({
    // No event files yet (a new municipality): an empty loader, so the build does not warn about the folder.
    loader: hasEventFiles() ? glob({ base: LOADER_BASE, pattern: fromBase(`${localDir()}/arrangementer/[!_]*.yaml`), generateId: byFileName }) : { name: 'ingen-arrangementer', load: async () => {} },
    schema: eventSchema,
  }),
  profil: defineCollection({
    loader: glob({ base: LOADER_BASE, pattern: fromBase(`${localDir()}/profil.yaml`), generateId: () => 'profil' }),
    schema: profileSchema,
  }),
  forside: defineCollection({
    loader: glob({ base: LOADER_BASE, pattern: fromBase(`${NATIONAL_DIR}/forside.yaml`), generateId: () => 'forside' }),
    schema: frontPageSchema,
  }),
  lover: defineCollection({
    loader: file(`${NATIONAL_DIR}/lover.yaml`),
    schema: lawSchema,
  }),
  // The English section under /en/ (docs/adr/0017-engelsk-del.md): English beside the Norwegian, same IDs.
  enSider: defineCollection({
    loader: glob({ base: LOADER_BASE, pattern: fromBase(`${ENGLISH_DIR}/sider/[!_]*.mdx`), generateId: byFileName }),
    schema: englishPageSchema,
  }),
  enTilbud: defineCollection({
    loader: glob({ base: LOADER_BASE, pattern: fromBase([`${ENGLISH_DIR}/tilbud/[!_]*.mdx`, `${localEnglishDir()}/tilbud/[!_]*.mdx`]), generateId: byFileName }),
    schema: englishOfferSchema,
  }),
  enKontakter: defineCollection({
    loader: glob({ base: LOADER_BASE, pattern: fromBase(`${ENGLISH_DIR}/kontakter/[!_]*.yaml`), generateId: byFileName }),
    schema: englishContactSchema,
  }),
  ordliste: defineCollection({
    loader: file(`${NATIONAL_DIR}/ordliste.yaml`),
    schema: glossaryTermSchema,
  }),
};
