import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/support/browser';
import { DEMO, FIXTURE } from './tests/support/sites';

/**
 * End-to-end tests in a real Chromium against the built sites, served as a municipality
 * would serve them: the demo under /parorende/ (dist/) and the test municipality at the
 * root (dist-fixture/). `npm test` builds both first.
 *
 * One worker per core the machine offers. The JSON results go to .test-output/, which
 * Playwright does not empty when it starts (it empties test-results/), so `npm test` can
 * count them together with the unit tests'.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: availableParallelism(),
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: '.test-output/e2e.json' }]],
  use: {
    baseURL: DEMO.url,
    launchOptions: launchOptions(),
    locale: 'nb-NO',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir ${DEMO.dir} --base ${DEMO.base} --port ${DEMO.port}`,
      url: DEMO.url,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs --dir ${FIXTURE.dir} --base ${FIXTURE.base} --port ${FIXTURE.port}`,
      url: FIXTURE.url,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
