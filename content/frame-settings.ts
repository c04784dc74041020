/**
 * The stored settings a frame with text works with: the reader's own terms (their index), the
 * words they know and the site's settings. They are read before the first pass but watched only
 * once it has begun (entrypoints/content/index.ts): a change stored in between would be lost, so
 * storage is listened to from before the read, and read once more only if anything changed.
 */
import { browser } from 'wxt/browser';
import type { PageHighlighting } from './highlight/page-highlighting';
import { readPageSettings, type PageSettings } from '../settings/page-settings';
import { knownWords, ownTermsIndex, readSetting } from '../settings/registry';

export async function readFrameSettings(site: string) {
  const [terms, known, settings] = await Promise.all([
    readSetting(ownTermsIndex),
    readSetting(knownWords),
    readPageSettings(site),
  ]);
  return { terms, known, settings };
}

export type FrameSettings = Awaited<ReturnType<typeof readFrameSettings>>;

/** What applies a reading; each step does nothing when its value has not changed. */
export function applierOf(highlighting: PageHighlighting, apply: (settings: PageSettings) => void) {
  return ({ terms, known, settings }: FrameSettings): void => {
    highlighting.setOwnTerms(terms);
    highlighting.setKnown(known.map((word) => word.id));
    apply(settings);
  };
}

/** Starts listening; the returned function stops and tells whether storage changed meanwhile. */
export function noticeStorageChanges(): () => boolean {
  let changed = false;
  const listener = () => (changed = true);
  browser.storage.onChanged.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
    return changed;
  };
}
