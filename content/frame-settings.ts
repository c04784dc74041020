/**
 * The stored settings a frame with text works with: the reader's own terms (their index), the
 * words they know and the site's settings. They are read before the first pass but watched only
 * once it has begun (entrypoints/content/index.ts): a change stored in between would be lost, so
 * storage is listened to from before the read, and read once more only if anything changed.
 */
import { browser } from 'wxt/browser';
import type { PageHighlighting } from './highlight/page-highlighting';
import { PAGE_SETTINGS, pageSettingsOf, type PageSettings } from '../settings/page-settings';
import { knownWords, ownTermsIndex, readSettings, type Setting } from '../settings/registry';
import type { OwnTermsIndex } from '../settings/user-terms';
import type { KnownWord } from '../settings/my-words';

export interface FrameSettings {
  terms: OwnTermsIndex;
  known: KnownWord[];
  settings: PageSettings;
}

/** All of them in one storage read (one call per storage area): every frame with text waits for it. */
export async function readFrameSettings(site: string): Promise<FrameSettings> {
  const [terms, known, ...page] = await readSettings([
    ownTermsIndex,
    knownWords,
    ...PAGE_SETTINGS,
  ] as Setting<unknown>[]);
  return { terms: terms as OwnTermsIndex, known: known as KnownWord[], settings: pageSettingsOf(page, site) };
}

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
