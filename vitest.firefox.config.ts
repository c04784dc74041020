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
    // Firefox's WebDriver BiDi layer sometimes fails an evaluate with an internal protocol error
    // on a loaded machine ("right-hand side of 'in' should be an object"), and the popup's "On this
    // page" card test once failed twice in a row in a clean clone (then 51/51 on reruns; cause not
    // found yet, see the session note): two retries, each reported.
    retry: 2,
  },
});
