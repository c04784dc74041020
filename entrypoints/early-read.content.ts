/**
 * The top page's first act: ask storage for its settings and the matching data
 * (content/early-read.ts), before the main content script (entrypoints/content) runs. Top frame
 * only: a frame without text (an ad, a tracker) never reads the data.
 */
// First: WXT's start-up messages must be quiet before WXT makes this script's context.
import '@/content/quiet-context';
import { startEarlyRead } from '@/content/early-read';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Listed before the main content script in the manifest (wxt.config.ts): both run at document_start.
  runAt: 'document_start',
  main() {
    startEarlyRead(location.hostname);
  },
});
