/**
 * Reads the data the page is matched with (dictionary/page-data.ts) from local storage, where the
 * background keeps it; if this build's copy is not there whole (just installed, storage cleared or
 * damaged), asks the background, which writes it again. Only a frame with text calls this.
 */
import { storage } from '#imports';
import version from 'virtual:medgloss/page-data-version';
import { PAGE_DATA_KEY, PageData, isPageData } from '@/dictionary/page-data';
import { sendMessage } from '@/messages';

export { PageData };

/** Gives `data` this build's copy; false if it could not be had at all (the page then gets own terms only). */
export async function readPageData(data: PageData): Promise<boolean> {
  // e2e build only: a test makes the data unreadable, as if storage and the background both failed.
  if (import.meta.env.MODE === 'e2e' && (await storage.getItem('local:medglossTestNoPageData'))) return false;
  const stored = await storage.getItem(PAGE_DATA_KEY).catch(() => null);
  if (isPageData(stored, version)) return (data.set(stored), true);
  const sent = await sendMessage('getPageData').catch(() => null);
  if (isPageData(sent, version)) return (data.set(sent), true);
  console.warn("MedGloss: its dictionary could not be read; this page gets the reader's own terms only.");
  return false;
}
