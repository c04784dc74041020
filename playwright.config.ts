import { defineConfig } from '@playwright/test';
import { E2E_EXTENSION_DIR } from './tests/e2e/paths';

// The tests load the e2e build that global-setup.ts makes (with test hooks); scripts/browser.ts
// reads this. Set here, not in the setup, so that every worker sees it too.
process.env.MEDGLOSS_EXTENSION_DIR = E2E_EXTENSION_DIR;

// The extension needs a real Chromium with a persistent profile: see tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
