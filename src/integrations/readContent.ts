/**
 * Reads every content file from disk into the shape `checkContent` takes.
 * A file that is not valid YAML is reported, not thrown, so all problems show at once.
 * A shared text (`_navn.mdx`, imported by a page and written as `<Navn />`) is put into
 * the body where it is used, so the checks read what the reader sees.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parse } from 'yaml';
import type { CollectionName, ContentFile } from '../lib/content/check';
import { VERSIONED_FOLDERS, type VersionedFolder } from '../siteConfig';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
/** `import Navn from './_navn.mdx';` or `'../sider/_navn.mdx'`: a shared text, its file name starting with `_`. */
const SHARED_TEXT_IMPORT = /^import\s+([A-Z][A-Za-z0-9]*)\s+from\s+['"](\.{1,2}\/(?:[^'"]*\/)?_[^'"/]+\.mdx)['"];?[ \t]*$/gmu;

/** The body with every shared text put in where its tag stands, or the import that points nowhere. */
function withSharedTexts(body: string, file: string): { body: string } | { missing: string } {
  let result = body;
  for (const [, name = '', path = ''] of body.matchAll(SHARED_TEXT_IMPORT)) {
    const shared = join(dirname(file), path);
    if (!existsSync(shared)) return { missing: path };
    const text = readFileSync(shared, 'utf8');
    result = result.replace(new RegExp(`<${name}\\s*/>`, 'gu'), () => `\n${text}\n`);
  }
  return { body: result };
}

function readOne(file: string, collection: CollectionName, national = false): ContentFile {
  const id = basename(file, extname(file));
  const part = national ? ({ national: true } as const) : {};
  const text = readFileSync(file, 'utf8');
  try {
    if (extname(file) === '.mdx') {
      const match = FRONTMATTER.exec(text);
      if (!match) return { file, collection, id, ...part, data: undefined, readError: 'filen må begynne med --- og feltene, og --- etter dem' };
      const body = withSharedTexts(match[2] ?? '', file);
      if ('missing' in body) {
        return { file, collection, id, ...part, data: undefined, readError: `henter en delt tekst fra «${body.missing}», men den filen finnes ikke` };
      }
      return { file, collection, id, ...part, data: parse(match[1] ?? '') ?? {}, body: body.body };
    }
    return { file, collection, id, ...part, data: parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { file, collection, id, ...part, data: undefined, readError: `feil i YAML: ${reason}` };
  }
}

function listDir(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('_'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Every content file under the national and the local folder. `languageDir` is the folder of
 * the local offers and guide pages in a second written language (`<local>/nb`, docs/adr/0018):
 * where it has an offer's or a page's file, that file is read instead of the one in
 * `<local>/tilbud/` or `<local>/sider/`.
 */
export function readContent(nationalDir: string, localDir: string, languageDir?: string): ContentFile[] {
  const files: ContentFile[] = [];
  const version = (folder: VersionedFolder, file: string): string => {
    if (!languageDir) return file;
    const other = join(languageDir, folder, basename(file));
    return existsSync(other) ? other : file;
  };
  for (const root of [nationalDir, localDir]) {
    const national = root === nationalDir;
    for (const folder of VERSIONED_FOLDERS) {
      for (const file of listDir(join(root, folder), '.mdx')) files.push(readOne(national ? file : version(folder, file), folder, national));
    }
    for (const file of listDir(join(root, 'kontakter'), '.yaml')) files.push(readOne(file, 'kontakter', national));
  }
  const catalogue = join(nationalDir, 'tilbudskatalog.yaml');
  if (existsSync(catalogue)) files.push(readOne(catalogue, 'katalog'));
  const frontPage = join(nationalDir, 'forside.yaml');
  if (existsSync(frontPage)) files.push(readOne(frontPage, 'forside'));
  for (const [name, collection] of [['sporsmal.yaml', 'veiviser-sporsmal'], ['regler.yaml', 'veiviser-regler']] as const) {
    const guideFile = join(nationalDir, 'veiviser', name);
    if (existsSync(guideFile)) files.push(readOne(guideFile, collection));
  }
  const laws = join(nationalDir, 'lover.yaml');
  if (existsSync(laws)) files.push(readOne(laws, 'lover'));
  for (const file of listDir(join(localDir, 'arrangementer'), '.yaml')) files.push(readOne(file, 'arrangementer'));
  const profile = join(localDir, 'profil.yaml');
  if (existsSync(profile)) files.push(readOne(profile, 'profil'));
  return files;
}
