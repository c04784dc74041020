/** Paths and settings every part of the bench shares. */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SHARED_PAGES = resolve(ROOT, '..', 'shared', 'pages');
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Long-task entries are delivered after the task; give the last ones time to arrive. */
export const SETTLE_MS = 300;
