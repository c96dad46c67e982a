/**
 * Every built page of both sites is valid HTML by the Nu HTML Checker (vnu-jar; needs Java).
 * One Java process checks all the pages (starting Java is the slow part); its JSON report is
 * mapped back to the page each error is on.
 */

// A short run: the quick compiler alone and the simple collector take half the CPU time of
// Java's defaults here. The quick compiler needs more stack than the checker's 512 KB minimum.
const JAVA = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import vnu from 'vnu-jar';
import { builtPages, DEMO, FIXTURE } from '../support/sites';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
}

test(`alle sidene i ${DEMO.dir}/ og ${FIXTURE.dir}/ er gyldig HTML`, () => {
  test.setTimeout(300_000);
  // Each page's file, and the page as a reader would name it.
  const pages = new Map<string, string>();
  for (const site of [DEMO, FIXTURE]) {
    for (const page of builtPages(site.dir)) {
      const file = resolve(join(site.dir, page.endsWith('/') ? `${page}index.html` : page));
      pages.set(file, `${site.dir}${page}`);
    }
  }
  const result = spawnSync('java', [...JAVA, '-jar', vnu, '--errors-only', '--format', 'json', ...pages.keys()], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`Fant ikke Java til HTML-kontrollen (vnu-jar): ${result.error.message}`);

  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`HTML-kontrollen (vnu-jar) svarte ikke med JSON (status ${result.status}):\n${result.stderr}${result.stdout}`);
  }
  const errors: Record<string, string[]> = {};
  for (const m of messages) {
    const file = m.url?.startsWith('file:') ? fileURLToPath(m.url) : undefined;
    const page = (file && pages.get(file)) ?? m.url ?? '(ukjent side)';
    const at = m.lastLine ? `linje ${m.lastLine}${m.firstColumn ? `:${m.firstColumn}` : ''}: ` : '';
    (errors[page] ??= []).push(`${at}${m.message}${m.extract ? ` «${m.extract.trim()}»` : ''}`);
  }
  expect(errors, 'HTML-feil per side').toEqual({});
  // A report with no messages for a run that failed means vnu itself did not check the pages.
  expect(result.status, `vnu-jar avsluttet med status ${result.status}:\n${result.stderr}`).toBe(0);
});
