import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // Builds the extension first when it is missing or older than the source (built-setup.ts).
    globalSetup: ['tests/unit/built-setup.ts'],
  },
});
