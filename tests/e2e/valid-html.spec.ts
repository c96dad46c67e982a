/** Every built page is valid HTML by the Nu HTML Checker (vnu-jar; needs Java). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import vnu from 'vnu-jar';
import { builtPages, DEMO, FIXTURE } from '../support/sites';

for (const site of [DEMO, FIXTURE]) {
  test(`alle sidene i ${site.dir} er gyldig HTML`, () => {
    test.setTimeout(180_000);
    const files = builtPages(site.dir).map((page) => join(site.dir, page.endsWith('/') ? `${page}index.html` : page));
    let output = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(output.split('\n').filter(Boolean)).toEqual([]);
  });
}
