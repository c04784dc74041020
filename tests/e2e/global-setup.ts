/**
 * Builds the extension the end-to-end tests load: the production code plus the test hooks of
 * `import.meta.env.MODE === 'e2e'`, into its own folder (WXT names it `chrome-mv3-e2e`), so the
 * build users install (`npm run build`, `.output/chrome-mv3`) never carries them and the tests
 * never run a stale build.
 */
import { execFileSync } from 'node:child_process';
import { ROOT } from './paths';

export default function globalSetup(): void {
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
