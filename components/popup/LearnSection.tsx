/** The popup's "My words" (search, remove), the words the reader knows (undo), and the page glossary beside the page. */
import { KnownWordsList } from '../shared/KnownWordsList';
import { MyWordsList } from '../shared/MyWordsList';
import { canOpenSidePanel, openSidePanel } from '../shared/open-side-panel';

export function LearnSection({ tabId }: { tabId: number | undefined }) {
  return (
    <>
      {canOpenSidePanel() && (
        <button
          type="button"
          class="open-glossary"
          onClick={() => void openSidePanel(tabId).then((opened) => opened && window.close())}
        >
          Open the page glossary beside the page
        </button>
      )}
      <MyWordsList />
      <details class="known-words">
        <summary>Words you know</summary>
        <KnownWordsList />
      </details>
    </>
  );
}
