/** The options page's "My words": whether to keep page addresses, the list, import and export, and the words you know. */
import { SETTINGS } from '@/settings/registry';
import { KnownWordsList } from '../shared/KnownWordsList';
import { MyWordsList } from '../shared/MyWordsList';
import { useSetting } from '../shared/use-setting';
import { WordsImportExport } from './WordsImportExport';

function SaveAddressSwitch() {
  const keep = useSetting(SETTINGS.saveAddress);
  if (keep === undefined) return null;
  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          checked={keep}
          onChange={(event) =>
            void SETTINGS.saveAddress.item.setValue((event.currentTarget as HTMLInputElement).checked)
          }
        />
        <span>Keep the address of the page where I saved a word</span>
      </label>
      <p class="hint">
        Off: My words keeps the page’s title and the date only. Everything stays in this browser either way.
      </p>
    </>
  );
}

export function MyWordsSettings() {
  return (
    <>
      <SaveAddressSwitch />
      <MyWordsList showExplanations />
      <h3>Study and move them</h3>
      <WordsImportExport />
      <h3>Words you know</h3>
      <p class="hint">These are not highlighted on pages; lookup still explains them.</p>
      <KnownWordsList />
    </>
  );
}
