/**
 * "My words" out and back: a CSV that Anki imports as it is (settings/anki-csv.ts), and a JSON
 * file with the saved words and the words the reader knows, which imports back with the same
 * checks and messages as own terms: all or nothing, and what is saved stays when a file is refused.
 */
import { useState } from 'preact/hooks';
import { knownWords, myWords, readSetting } from '@/settings/registry';
import { wordsToAnkiCsv } from '@/settings/anki-csv';
import { USER_TERM_LIMITS, fileTooLarge } from '@/settings/user-terms';
import { exportWordsFile, parseWordsFile } from '@/settings/words-file';
import { useSetting } from '../shared/use-setting';

type Outcome = { ok: boolean; text: string };

const READ_LIMIT_BYTES = USER_TERM_LIMITS.fileBytes * 4;

function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function importFile(file: File): Promise<Outcome> {
  if (file.size > READ_LIMIT_BYTES) return { ok: false, text: fileTooLarge(file.size) };
  const text = await file.text();
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
  const [busy, setBusy] = useState(false);
  const empty = !words?.length && !known?.length;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      setOutcome(await importFile(file));
    } catch (error) {
      setOutcome({
        ok: false,
        text: `The file could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
      });
    } finally {
      input.value = '';
      setBusy(false);
    }
  };

  return (
    <div class="import-export">
      <div class="actions">
        <button
          type="button"
          disabled={!words?.length}
          onClick={() =>
            void readSetting(myWords).then((saved) =>
              download(wordsToAnkiCsv(saved), 'medgloss-my-words-anki.csv', 'text/csv;charset=utf-8'),
            )
          }
        >
          Export for Anki (CSV)
        </button>
        <button
          type="button"
          disabled={empty}
          onClick={() =>
            void Promise.all([readSetting(myWords), readSetting(knownWords)]).then(([w, k]) =>
              download(exportWordsFile({ words: w, known: k }), 'medgloss-my-words.json', 'application/json'),
            )
          }
        >
          Export My words (JSON)
        </button>
        <label class={busy ? 'button disabled' : 'button'}>
          Import My words from a file…
          <input
            type="file"
            class="visually-hidden"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => void onFile(event.currentTarget as HTMLInputElement)}
          />
        </label>
      </div>
      <p class="hint">
        In Anki, choose File › Import and pick the CSV: each word becomes a note, the term on the front, the explanation
        and how to say it on the back. The JSON file keeps your words and the words you know, to move them to another
        browser.
      </p>
      {outcome &&
        (outcome.ok ? (
          <p class="status ok" role="status">
            {outcome.text}
          </p>
        ) : (
          <p class="status error" role="alert">
            {outcome.text}
          </p>
        ))}
    </div>
  );
}
