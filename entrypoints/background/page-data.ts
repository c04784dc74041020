/**
 * Keeps the content script's data (dictionary/page-data.ts) in local storage, where every frame
 * with text reads it: checked when MedGloss is installed or updated and when the browser starts,
 * and whenever a content script finds it missing or damaged (that frame gets it in the answer).
 * A copy that is not this build's, whole, is written again.
 */
import { browser } from 'wxt/browser';
import { storage } from '#imports';
import loadPageData from 'virtual:medgloss/page-data';
import { PAGE_DATA_KEY, isPageData, type StoredPageData } from '@/dictionary/page-data';
import { fromContentScript, hasNoData, onMessage } from '@/messages';

export function keepPageData(): void {
  // One check at a time: frames that all found it missing (just installed) cause one write.
  let checking: Promise<StoredPageData> | undefined;
  const check = () =>
    (checking ??= (async () => {
      const [shipped, stored] = await Promise.all([loadPageData(), storage.getItem(PAGE_DATA_KEY).catch(() => null)]);
      // A full storage (the reader's own terms and words share it) must not cost the pages their
      // highlights: the frame that asked still gets the data, and the next ones ask again.
      if (!isPageData(stored, shipped.version))
        await storage
          .setItem(PAGE_DATA_KEY, shipped)
          .catch((error: unknown) => console.warn('MedGloss: could not keep its matching data in storage.', error));
      return shipped;
    })().finally(() => (checking = undefined)));
  browser.runtime.onInstalled.addListener(() => void check());
  browser.runtime.onStartup.addListener(() => void check());
  onMessage('getPageData', fromContentScript(hasNoData, check));
}
