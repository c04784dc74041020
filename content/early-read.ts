/**
 * The top page's stored settings and the dictionary's matching data (660 KB), asked for by
 * entrypoints/early-read.content.ts before the main content script has even been compiled. The
 * data's answer takes 20-30 ms while a page loads; asked from the main script, it came after a
 * short page's parse and first layout, 40-70 ms after DOMContentLoaded, and the first highlights
 * waited for it. The main script takes the answers here, or reads for itself (a sub-frame).
 */
import { storage } from '#imports';
import { PAGE_DATA_KEY } from '@/dictionary/page-data';
import { noticeStorageChanges, readFrameSettings, type FrameSettings } from './frame-settings';

export interface FrameReads {
  settings: Promise<FrameSettings>;
  /** The data's answer, undefined when it was not asked for yet (readPageData asks then). */
  pageData?: Promise<unknown>;
  /** Whether storage changed since the read began (see noticeStorageChanges). */
  changedSinceRead: () => boolean;
}

/** What storage holds under the data's key (null if it could not be read), to be checked by content/page-data.ts. */
export function readStoredPageData(): Promise<unknown> {
  return storage.getItem(PAGE_DATA_KEY).catch(() => null);
}

/** The content scripts' own global (their isolated world), which pages cannot reach. */
const EARLY_READ = Symbol.for('medgloss.earlyRead');
type World = Record<typeof EARLY_READ, FrameReads | undefined>;

/** Starts the reads now. The settings first: the data's answer, in the same queue, takes longer. */
export function startEarlyRead(site: string): void {
  const changedSinceRead = noticeStorageChanges();
  const settings = readFrameSettings(site);
  (globalThis as unknown as World)[EARLY_READ] = { settings, pageData: readStoredPageData(), changedSinceRead };
}

/**
 * The early read's answers, taken once (the data is let go after use); or the settings read now.
 * Each frame has its own isolated world, so only the top page finds an early read, for its own site.
 */
export function frameReads(site: string): FrameReads {
  const world = globalThis as unknown as World;
  const early = world[EARLY_READ];
  world[EARLY_READ] = undefined;
  return early ?? { changedSinceRead: noticeStorageChanges(), settings: readFrameSettings(site) };
}
