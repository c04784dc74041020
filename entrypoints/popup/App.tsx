/** The toolbar popup: this site's switch, the lookup box and the terms found on this page. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SiteAccess } from '@/components/popup/SiteAccess';
import { SiteSwitch } from '@/components/popup/SiteSwitch';
import { PauseSwitch } from '@/components/shared/PauseSwitch';
import { LookupBox } from '@/components/popup/LookupBox';
import { PageTerms } from '@/components/popup/PageTerms';
import { sendMessage, type PageInfo } from '@/messages';

/** The tab the popup acts on: the active tab, or `?tab=ID` (how the end-to-end tests open it). */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (fromUrl) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PageInfo | null>();

  const refresh = async (id: number | undefined) => {
    if (id === undefined) return setPage(null);
    try {
      setPage(await sendMessage('getPageInfo', undefined, id));
    } catch {
      // No content script here (a browser page, the store, a PDF), or the tab is reloading:
      // a site we already know keeps its switch.
      setPage((known) => known ?? null);
    }
  };

  /** Content scripts start in an open tab only when it loads again: reload it, then ask it again. */
  const reloadAndRefresh = async (id: number) => {
    await browser.tabs.reload(id);
    for (let attempt = 0; attempt < 20; attempt++) {
      await new Promise((done) => setTimeout(done, 250));
      const info = await sendMessage('getPageInfo', undefined, id).catch(() => null);
      if (info) return setPage(info);
    }
  };

  useEffect(() => {
    void targetTabId().then((id) => {
      setTabId(id);
      void refresh(id);
    });
  }, []);

  return (
    <main class="popup">
      <h1>MedGloss</h1>
      {page === undefined ? null : page ? (
        <SiteSwitch hostname={page.hostname} onChanged={() => setTimeout(() => void refresh(tabId), 150)} />
      ) : (
        <>
          <p class="note">MedGloss does not run on this page. You can still look words up.</p>
          <SiteAccess onGranted={() => tabId !== undefined && void reloadAndRefresh(tabId)} />
        </>
      )}
      <PauseSwitch />
      <LookupBox />
      {page && tabId !== undefined && page.terms.length > 0 && (
        <PageTerms
          terms={page.terms}
          onChoose={(id) => void sendMessage('showTerm', id, tabId).then(() => window.close())}
        />
      )}
      <footer class="popup-footer">
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage().then(() => window.close());
          }}
        >
          Settings
        </a>
      </footer>
    </main>
  );
}
