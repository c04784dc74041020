/**
 * Checks every stored setting once when the background starts. A value that is not what its
 * setting expects (corrupt storage, a hand-edited profile, a foreign extension's key) is reset to
 * the default and the reader is told, on the options page, which setting was reset.
 */
import {
  density,
  disabledSites,
  hiddenCategories,
  highlightStyle,
  paused,
  readCategories,
  readDensity,
  readPaused,
  readSiteList,
  readStyle,
  storageNotices,
  userTerms,
} from './storage';
import { readUserTerms } from './user-terms';

/**
 * Each setting with the same `read` the rest of MedGloss uses: a stored value is valid when
 * reading it changes nothing; otherwise the read result (the valid part of a list, or the
 * default) replaces it.
 */
interface Checked {
  label: string;
  item: { getValue(): Promise<unknown>; setValue(value: never): Promise<void>; removeValue(): Promise<void> };
  read: (value: unknown) => unknown;
}

/** JSON with object keys sorted: storage may hand objects back with their keys in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const CHECKS: Checked[] = [
  { label: 'switched-off sites', item: disabledSites, read: readSiteList },
  { label: 'pause', item: paused, read: readPaused },
  { label: 'highlight style', item: highlightStyle, read: readStyle },
  { label: 'highlight density', item: density, read: readDensity },
  { label: 'categories', item: hiddenCategories, read: readCategories },
  { label: 'your terms', item: userTerms, read: readUserTerms },
];

/** Resets every invalid setting (keeping the valid part of a list); returns what was reset. */
export async function repairStorage(): Promise<string[]> {
  const reset: string[] = [];
  for (const { label, item, read } of CHECKS) {
    let value: unknown;
    try {
      value = await item.getValue();
    } catch {
      value = Symbol('unreadable');
    }
    const readable = read(value);
    if (canonical(readable) === canonical(value)) continue;
    const kept = Array.isArray(value) && Array.isArray(readable) ? readable.length : 0;
    if (kept > 0) {
      await item.setValue(readable as never);
      reset.push(`${label} (the unreadable entries were dropped, ${kept} kept)`);
    } else {
      await item.removeValue();
      reset.push(label);
    }
  }
  if (reset.length) {
    const notices = await storageNotices.getValue();
    const notice = `Some saved settings could not be read and were reset to their defaults: ${reset.join(', ')}.`;
    await storageNotices.setValue([...(Array.isArray(notices) ? notices : []), notice].slice(-5));
  }
  return reset;
}
