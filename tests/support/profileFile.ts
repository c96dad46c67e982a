/**
 * A profile file with the given YAML, written to a temporary folder that is removed after
 * the test file: for tests that read a profile the way the build does, from a file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function profileFiles(): (text: string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-profil-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let count = 0;
  return (text: string) => {
    const file = join(dir, `profil-${(count += 1)}.yaml`);
    writeFileSync(file, text);
    return file;
  };
}
