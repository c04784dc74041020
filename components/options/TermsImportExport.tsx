/**
 * Moves the reader's terms between browsers as a JSON file. An import is all or nothing: a file
 * with any problem is refused with a message naming it, and the saved terms stay as they were.
 */
import { useState } from 'preact/hooks';
import { ownTerms, readSetting } from '@/settings/registry';
import { USER_TERM_LIMITS, exportUserTerms, fileTooLarge, parseUserTermsFile } from '@/settings/user-terms';
import { useSetting } from '../shared/use-setting';

type Outcome = { ok: boolean; text: string };

/** parseUserTermsFile measures characters; a file many times the limit is refused before reading it. */
const READ_LIMIT_BYTES = USER_TERM_LIMITS.fileBytes * 4;

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; give it a moment before letting go of the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function importFile(file: File): Promise<Outcome> {
  if (file.size > READ_LIMIT_BYTES) return { ok: false, text: fileTooLarge(file.size) };
  const text = await file.text();
  const existing = await readSetting(ownTerms);
  const parsed = parseUserTermsFile(text, existing);
  if (!parsed.ok) return { ok: false, text: parsed.error };
  const { terms, imported: count } = parsed.value;
  await ownTerms.item.setValue(terms);
  const added = terms.length - existing.length;
  const replaced = count - added;
  return {
    ok: true,
    text:
      `Imported ${count} ${count === 1 ? 'term' : 'terms'}` +
      (replaced > 0 ? ` (${replaced} replaced your terms of the same name).` : '.'),
  };
}

export function TermsImportExport() {
  const terms = useSetting(ownTerms);
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

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
      // Choosing the same file again (after fixing it) must fire a change again.
      input.value = '';
      setBusy(false);
    }
  };

  return (
    <div class="import-export">
      <div class="actions">
        <button
          type="button"
          disabled={!terms?.length}
          onClick={() =>
            void readSetting(ownTerms).then((saved) => download(exportUserTerms(saved), 'medgloss-terms.json'))
          }
        >
          Export your terms
        </button>
        <label class={busy ? 'button disabled' : 'button'}>
          Import terms from a file…
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
        Exported files hold your terms only. Importing adds the file’s terms; a term with the same name as one of yours
        replaces it.
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
