/** Chromium for the scripts: Debian's /usr/bin/chromium where it exists, else Playwright's own. */
import { existsSync } from 'node:fs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchOptionsFor() {
  const executablePath = process.env.PG_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return executablePath ? { executablePath, args: ARGS } : { args: ARGS };
}
