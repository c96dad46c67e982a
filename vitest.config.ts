/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests for src/lib and the content: pure functions, no browser, no build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
