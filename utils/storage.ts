/**
 * Every setting MedGloss keeps, one storage item each. Sync storage follows the user across
 * browsers; values are validated on read so corrupt storage falls back instead of crashing.
 */
import { storage } from '#imports';

/** Hostnames where the reader switched highlighting off, lower case, without "www.". */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: [],
  version: 1,
});

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
