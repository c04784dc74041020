/** The page glossary beside the page: the active tab's terms with their explanations, and My words. */
import { useState } from 'preact/hooks';
import { PageGlossary } from '@/components/sidepanel/PageGlossary';
import { useActiveTab } from '@/components/sidepanel/use-active-tab';
import { MyWordsList } from '@/components/shared/MyWordsList';

export function App() {
  const tabId = useActiveTab();
  const [view, setView] = useState<'page' | 'words'>('page');
  return (
    <main class="sidepanel">
      <nav class="tabs" role="tablist" aria-label="MedGloss">
        <button type="button" role="tab" aria-selected={view === 'page'} onClick={() => setView('page')}>
          This page
        </button>
        <button type="button" role="tab" aria-selected={view === 'words'} onClick={() => setView('words')}>
          My words
        </button>
      </nav>
      <div role="tabpanel">{view === 'page' ? <PageGlossary tabId={tabId} /> : <MyWordsList showExplanations />}</div>
    </main>
  );
}
