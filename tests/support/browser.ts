/**
 * How the tests start Chromium: Debian's /usr/bin/chromium where it exists (the
 * project's machines cannot download Playwright's own), else Playwright's browser.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchOptions(): LaunchOptions {
  const executablePath = process.env.PG_CHROMIUM ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
  return executablePath ? { executablePath, args: chromiumArgs } : { args: chromiumArgs };
}
