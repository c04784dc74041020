/**
 * Checks every stored setting once when the background starts. A value that is not what its
 * setting expects (corrupt storage, a hand-edited profile, a foreign extension's key) is reset to
 * the default and the reader is told, on the options page, which setting was reset.
 */
import { CATEGORIES } from '../dictionary/schema';
import {
  DENSITIES,
  HIGHLIGHT_STYLES,
  density,
  disabledSites,
  hiddenCategories,
  highlightStyle,
  paused,
  readSiteList,
  storageNotices,
  userTerms,
} from './storage';
import { checkUserTerm, readUserTerms } from './user-terms';

interface Checked {
  label: string;
  item: { getValue(): Promise<unknown>; setValue(value: never): Promise<void>; removeValue(): Promise<void> };
  valid: (value: unknown) => boolean;
  /** Keeps what can be kept of a list (the valid items) instead of resetting it. */
  salvage?: (value: unknown) => unknown[];
}

const isList = (value: unknown, each: (v: unknown) => boolean) => Array.isArray(value) && value.every(each);

const CHECKS: Checked[] = [
  {
    label: 'switched-off sites',
    item: disabledSites,
    valid: (v) => isList(v, (s) => typeof s === 'string'),
    salvage: readSiteList,
  },
  { label: 'pause', item: paused, valid: (v) => typeof v === 'boolean' },
  { label: 'highlight style', item: highlightStyle, valid: (v) => HIGHLIGHT_STYLES.includes(v as never) },
  { label: 'highlight density', item: density, valid: (v) => DENSITIES.includes(v as never) },
  { label: 'categories', item: hiddenCategories, valid: (v) => isList(v, (c) => CATEGORIES.includes(c as never)) },
  { label: 'your terms', item: userTerms, valid: (v) => isList(v, (t) => checkUserTerm(t).ok), salvage: readUserTerms },
];

/** Resets every invalid setting (keeping the valid part of a list); returns what was reset. */
export async function repairStorage(): Promise<string[]> {
  const reset: string[] = [];
  for (const { label, item, valid, salvage } of CHECKS) {
    let value: unknown;
    try {
      value = await item.getValue();
    } catch {
      value = Symbol('unreadable');
    }
    if (valid(value)) continue;
    const kept = Array.isArray(value) && salvage ? salvage(value) : undefined;
    if (kept?.length) {
      await item.setValue(kept as never);
      reset.push(`${label} (the unreadable entries were dropped, ${kept.length} kept)`);
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
