/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests for src/lib and the content: pure functions, no browser, no build.
// The JSON results go to .test-output/ (Playwright empties test-results/ when it starts).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.test-output/unit.json' }]],
  },
});
