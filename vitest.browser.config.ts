import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension (dist/) in real Chromium and Firefox. They share one machine's two
// cores, so files run one at a time.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
