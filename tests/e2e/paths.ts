/** Folders the end-to-end tests use, shared by the Playwright config, its global setup and the fixtures. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** WXT puts a build of another mode next to the normal one: `.output/chrome-mv3-e2e` for `--mode e2e`. */
export const E2E_EXTENSION_DIR = resolve(ROOT, process.env.MEDGLOSS_OUT_DIR ?? '.output', 'chrome-mv3-e2e');

/**
 * Saved real pages, outside the repository (../shared/pages, or $MEDGLOSS_SHARED_DIR/pages). A fresh
 * clone has none: the tests that need them are skipped and say why.
 */
export const SHARED_DIR = resolve(ROOT, process.env.MEDGLOSS_SHARED_DIR ?? join('..', 'shared'));
export const SHARED_PAGES = join(SHARED_DIR, 'pages');
export const HAS_SHARED_PAGES = existsSync(SHARED_PAGES);
export const NO_SHARED_PAGES = `needs the saved real pages in ${SHARED_PAGES}, which a fresh clone does not have (set MEDGLOSS_SHARED_DIR to their parent folder; CI has them)`;
