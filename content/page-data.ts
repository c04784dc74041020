/**
 * Reads the data the page is matched with (dictionary/page-data.ts) from local storage, where the
 * background keeps it; if this build's copy is not there whole (just installed, storage cleared or
 * damaged), asks the background, which writes it again. Only a frame with text calls this.
 */
import { storage } from '#imports';
import version from 'virtual:medgloss/page-data-version';
import { PageData, isPageData } from '@/dictionary/page-data';
import { readStoredPageData } from './early-read';
import { sendMessage } from '@/messages';

export { PageData };

/**
 * Gives `data` this build's copy; false if it could not be had at all (the page then gets own
 * terms only). `stored`: storage's answer if it was asked for already (content/early-read.ts).
 */
export async function readPageData(data: PageData, stored = readStoredPageData()): Promise<boolean> {
  // e2e build only: a test makes the data unreadable, as if storage and the background both failed.
  if (import.meta.env.MODE === 'e2e' && (await storage.getItem('local:medglossTestNoPageData'))) return false;
  const answer = await stored;
  if (isPageData(answer, version)) return (data.set(answer), true);
  const sent = await sendMessage('getPageData').catch(() => null);
  if (isPageData(sent, version)) return (data.set(sent), true);
  console.warn("MedGloss: its dictionary could not be read; this page gets the reader's own terms only.");
  return false;
}
