/**
 * Which websites MedGloss may read is the reader's choice in Firefox: Manifest V3 host permissions
 * (every http and https page, which our content script matches) can be withheld or withdrawn in
 * its add-ons manager. Where MedGloss cannot run because of that, the popup says so and offers the
 * grant. Chromium grants them at install, so there this shows only if the reader withdrew them.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

const ALL_SITES = ['http://*/*', 'https://*/*'];

export function SiteAccess({ onGranted }: { onGranted: () => void }) {
  const [allowed, setAllowed] = useState<boolean>();
  useEffect(() => void browser.permissions.contains({ origins: ALL_SITES }).then(setAllowed), []);
  if (allowed !== false) return null;
  return (
    <div class="site-access">
      <p class="note">
        Your browser lets you choose which websites MedGloss may read, and it has not been allowed to read websites yet.
        It reads pages only on your computer; nothing is sent anywhere.
      </p>
      <button
        type="button"
        onClick={() =>
          // Asked in the click itself: the browser grants this only in answer to the reader's action.
          void browser.permissions.request({ origins: ALL_SITES }).then((granted) => {
            setAllowed(granted);
            if (granted) onGranted();
          })
        }
      >
        Allow on all websites
      </button>
    </div>
  );
}
