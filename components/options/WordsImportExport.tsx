/**
 * "My words" out and back: a CSV that Anki imports as it is (settings/anki-csv.ts), and a JSON
 * file with the saved words and the words the reader knows, which imports back with the same
 * checks and messages as own terms: all or nothing, and what is saved stays when a file is refused.
 */
import { useState } from 'preact/hooks';
import { knownWords, myWords, readSetting } from '@/settings/registry';
import { wordsToAnkiCsv } from '@/settings/anki-csv';
import { exportWordsFile, parseWordsFile } from '@/settings/words-file';
import { useSetting } from '../shared/use-setting';
import { DownloadButton } from './DownloadButton';
import { FileImportButton } from './FileImportButton';
import { StatusMessage } from './StatusMessage';

type Outcome = { ok: boolean; text: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function importWords(text: string): Promise<Outcome> {
  const existing = { words: await readSetting(myWords), known: await readSetting(knownWords) };
  const parsed = parseWordsFile(text, existing);
  if (!parsed.ok) return { ok: false, text: parsed.error };
  const { words, known, imported } = parsed.value;
  await myWords.item.setValue(words);
  await knownWords.item.setValue(known);
  return {
    ok: true,
    text: `Imported ${plural(imported.words, 'word', 'words')} and ${plural(imported.known, 'word you know', 'words you know')}.`,
  };
}

export function WordsImportExport() {
  const words = useSetting(myWords);
  const known = useSetting(knownWords);
  const [outcome, setOutcome] = useState<Outcome>();
  const empty = !words?.length && !known?.length;

  return (
    <div class="import-export">
      <div class="actions">
        <DownloadButton
          name="medgloss-my-words-anki.csv"
          disabled={!words?.length}
          make={async () => wordsToAnkiCsv(await readSetting(myWords))}
        >
          Export for Anki (CSV)
        </DownloadButton>
        <DownloadButton
          name="medgloss-my-words.json"
          disabled={empty}
          make={async () =>
            exportWordsFile({ words: await readSetting(myWords), known: await readSetting(knownWords) })
          }
        >
          Export My words (JSON)
        </DownloadButton>
        <FileImportButton
          label="Import My words from a file…"
          onText={async (text) => setOutcome(await importWords(text))}
          onRefused={(text) => setOutcome({ ok: false, text })}
        />
      </div>
      <p class="hint">
        In Anki, choose File › Import and pick the CSV: each word becomes a note, the term on the front, the explanation
        and how to say it on the back. The JSON file keeps your words and the words you know, to move them to another
        browser.
      </p>
      {outcome && <StatusMessage ok={outcome.ok}>{outcome.text}</StatusMessage>}
    </div>
  );
}
