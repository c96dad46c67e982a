import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/support/browser';
import { DEMO, FIXTURE } from './tests/support/sites';

/**
 * End-to-end tests in a real Chromium against the built sites, served as a municipality
 * would serve them: the demo under /parorende/ (dist/) and the test municipality at the
 * root (dist-fixture/). `npm test` builds both first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
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
