/** Builds the Firefox extension the suite loads, with the same e2e mode (test hooks) as the Chromium suite. */
import { execFileSync } from 'node:child_process';
import { ROOT } from '../e2e/paths';

export default function globalSetup(): void {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
