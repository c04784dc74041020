/**
 * The site whose settings apply in this frame: the tab's top page. A frame without a site of its
 * own (about:blank, srcdoc) or an embedded page follows the page the reader opened, as the popup
 * and the "switch off this site" shortcut do.
 */
import { sendMessage } from '../messages';

export async function siteOfTab(): Promise<string> {
  if (window === window.top) return location.hostname;
  const top = await sendMessage('getTopSite', undefined).catch(() => null);
  if (top) return top;
  const ancestors = location.ancestorOrigins; // Chrome only; the background's answer comes first
  return ancestors?.length ? new URL(ancestors[ancestors.length - 1]).hostname : location.hostname;
}
