/**
 * The stored settings a frame with text works with: the reader's own terms (their index), the
 * words they know and the site's settings. Read once before the first pass and once more after
 * the watches begin (entrypoints/content/index.ts), so a change stored in between is not lost.
 */
import type { PageHighlighting } from './highlight/page-highlighting';
import { readPageSettings, type PageSettings } from '../settings/page-settings';
import { knownWords, ownTermsIndex, readSetting } from '../settings/registry';

export function readFrameSettings(site: string) {
  return Promise.all([readSetting(ownTermsIndex), readSetting(knownWords), readPageSettings(site)]);
}

export type FrameSettings = Awaited<ReturnType<typeof readFrameSettings>>;

/** Applies what was read; each step does nothing when its value has not changed. */
export function applyFrameSettings(
  highlighting: PageHighlighting,
  apply: (settings: PageSettings) => void,
  [terms, known, settings]: FrameSettings,
): void {
  highlighting.setOwnTerms(terms);
  highlighting.setKnown(known.map((word) => word.id));
  apply(settings);
}
