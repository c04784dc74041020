/**
 * The settings that shape highlighting on this page, read together and watched together, so the
 * content script can react to any change at once without a reload. Every setting of the registry
 * is read: a new one reaches the page without an edit here.
 */
import { SETTINGS, isSiteEnabled, readSettings, type Setting, type SettingValues } from './registry';

export interface PageSettings extends SettingValues {
  /** Not paused, and not switched off for this site. */
  enabled: boolean;
}

const entries = Object.entries(SETTINGS) as [keyof typeof SETTINGS, (typeof SETTINGS)[keyof typeof SETTINGS]][];

/** The page's settings, in the order `pageSettingsOf` takes their values (readSettings). */
export const PAGE_SETTINGS = entries.map(([, setting]) => setting as Setting<unknown>);

/** The page's settings from the values readSettings gave for PAGE_SETTINGS. */
export function pageSettingsOf(read: unknown[], hostname: string): PageSettings {
  const values = Object.fromEntries(entries.map(([name], i) => [name, read[i]])) as SettingValues;
  return { ...values, enabled: !values.paused && isSiteEnabled(values.disabledSites, hostname) };
}

export async function readPageSettings(hostname: string): Promise<PageSettings> {
  return pageSettingsOf(await readSettings(PAGE_SETTINGS), hostname);
}

/** Calls `onChange` with fresh settings whenever any of them changes; returns the unwatch. */
export function watchPageSettings(hostname: string, onChange: (settings: PageSettings) => void): () => void {
  const reread = () => void readPageSettings(hostname).then(onChange);
  const unwatchers = entries.map(([, { item }]) => item.watch(reread));
  return () => unwatchers.forEach((unwatch) => unwatch());
}
