import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (tests/firefox): real Firefox ESR, so one file at a time, with
// time for a browser start. `npm run test:firefox`.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    globalSetup: ['tests/firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
