/** The toolbar popup: this site's switch, the lookup box and the terms found on this page. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SiteAccess } from '@/components/popup/SiteAccess';
import { SiteSwitch } from '@/components/popup/SiteSwitch';
import { PauseSwitch } from '@/components/shared/PauseSwitch';
import { LookupBox } from '@/components/popup/LookupBox';
import { NoPageTerms, PageTerms } from '@/components/popup/PageTerms';
import { LearnSection } from '@/components/popup/LearnSection';
import { WordSourceContext } from '@/components/card/word-source';
import { PopupFooter } from '@/components/popup/PopupFooter';
import { useSetting } from '@/components/shared/use-setting';
import { sendMessage, type PageInfo } from '@/messages';
import { SETTINGS } from '@/settings/registry';

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
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const paused = useSetting(SETTINGS.paused);

  const refresh = async (id: number | undefined) => {
    if (id === undefined) return setPage(null);
    try {
      const info = await sendMessage('getPageInfo', undefined, id);
      setPage(info);
      // The dictionary's name for each term ("opsoclonus", not the page's "Opsoclonus").
      if (info.terms.length)
        void sendMessage(
          'getEntries',
          info.terms.map((t) => t.id),
        )
          .then((entries) => setNames(new Map(entries.map((e) => [e.id, e.term]))))
          .catch(() => undefined);
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

  // A word saved from the popup's lookup was met on the tab's page.
  const source = async () => (page ? { title: page.title, url: page.url } : {});
  return (
    <WordSourceContext.Provider value={source}>
      <main class="popup">
        <h1>MedGloss</h1>
        {page === undefined ? null : page ? (
          <SiteSwitch hostname={page.hostname} onChanged={() => setTimeout(() => void refresh(tabId), 150)} />
        ) : (
          <SiteAccess onGranted={() => tabId !== undefined && void reloadAndRefresh(tabId)} />
        )}
        <PauseSwitch />
        <LookupBox />
        {page && tabId !== undefined && page.terms.length > 0 ? (
          <PageTerms
            terms={page.terms}
            names={names}
            onChoose={(id) => void sendMessage('showTerm', id, tabId).then(() => window.close())}
          />
        ) : (
          page !== undefined && <NoPageTerms page={page} paused={paused} />
        )}
        <LearnSection tabId={tabId} />
        <PopupFooter />
      </main>
    </WordSourceContext.Provider>
  );
}
