/**
 * Every setting MedGloss keeps: one storage item each, all here. Sync storage follows the reader
 * across browsers. Values are validated when read (`read*` helpers), so a corrupt or foreign
 * value falls back to the default instead of breaking a page.
 */
import { storage } from '#imports';
import { CATEGORIES, type Category } from '../dictionary/schema';
import type { UserTerm } from './user-terms';

/**
 * Hostnames where the reader switched highlighting off. Version 2 keeps them normalized (lower
 * case, no "www.", no duplicates); version 1 stored hostnames as the page gave them.
 */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: [],
  version: 2,
  migrations: {
    2: (sites: unknown) => [...new Set(readSiteList(sites).map(siteKey))],
  },
});

/** Pauses highlighting everywhere (the popup's global switch). */
export const paused = storage.defineItem<boolean>('sync:paused', { fallback: false, version: 1 });

export const HIGHLIGHT_STYLES = ['underline', 'background', 'solid'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export const highlightStyle = storage.defineItem<HighlightStyle>('sync:highlightStyle', {
  fallback: 'underline',
  version: 1,
});

/**
 * "first-per-section" is the default: a term is marked once per section (headings split
 * sections), so an article about OMS is not striped with forty identical underlines, and every
 * section still carries its own explanation within reach.
 */
export const DENSITIES = ['first-per-section', 'all'] as const;
export type Density = (typeof DENSITIES)[number];
export const density = storage.defineItem<Density>('sync:density', { fallback: 'first-per-section', version: 1 });

/** Categories the reader does not want highlighted (lookup still finds them). */
export const hiddenCategories = storage.defineItem<Category[]>('sync:hiddenCategories', { fallback: [], version: 1 });

/** The reader's own terms. Local, not sync: sync storage allows only 8 KB per item. */
export const userTerms = storage.defineItem<UserTerm[]>('local:userTerms', { fallback: [], version: 1 });

/** Messages for the reader about storage that had to be repaired (shown by the options page). */
export const storageNotices = storage.defineItem<string[]>('local:storageNotices', { fallback: [], version: 1 });

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export const readPaused = (value: unknown): boolean => value === true;
export const readStyle = (value: unknown) => oneOf(HIGHLIGHT_STYLES, value, 'underline');
export const readDensity = (value: unknown) => oneOf(DENSITIES, value, 'first-per-section');
export const readCategories = (value: unknown): Category[] =>
  Array.isArray(value) ? value.filter((c): c is Category => CATEGORIES.includes(c as Category)) : [];

export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Tolerates anything storage might hold: only a list of strings counts. */
export function readSiteList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function isSiteEnabled(sites: unknown, hostname: string): boolean {
  return !readSiteList(sites).includes(siteKey(hostname));
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const key = siteKey(hostname);
  const rest = readSiteList(await disabledSites.getValue()).filter((site) => site !== key);
  await disabledSites.setValue(enabled ? rest : [...rest, key]);
}
