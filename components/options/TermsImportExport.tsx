/**
 * Moves the reader's terms between browsers as a JSON file. An import is all or nothing: a file
 * with any problem is refused with a message naming it, and the saved terms stay as they were.
 */
import { useState } from 'preact/hooks';
import { userTerms } from '@/settings/storage';
import { USER_TERM_LIMITS, exportUserTerms, parseUserTermsFile, readUserTerms } from '@/settings/user-terms';
import { useStored } from '../shared/use-stored';

type Outcome = { ok: boolean; text: string };

/** parseUserTermsFile measures characters; a file many times the limit is refused before reading it. */
const READ_LIMIT_BYTES = USER_TERM_LIMITS.fileBytes * 4;

/** Some of parseUserTermsFile's messages do not say it; the reader should always be told. */
const refused = (error: string) => (error.includes('Nothing was imported') ? error : `${error} Nothing was imported.`);

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
  if (file.size > READ_LIMIT_BYTES)
    return {
      ok: false,
      text: `The file is too large (${Math.round(file.size / 1024)} KB; the limit is ${USER_TERM_LIMITS.fileBytes / 1000} KB). Nothing was imported.`,
    };
  const text = await file.text();
  const existing = readUserTerms(await userTerms.getValue());
  const parsed = parseUserTermsFile(text, existing);
  if (!parsed.ok) return { ok: false, text: refused(parsed.error) };
  await userTerms.setValue(parsed.value);
  // The file parsed, so it is JSON with a list of terms, each one now saved.
  const data: unknown = JSON.parse(text);
  const count = (Array.isArray(data) ? data : (data as { terms: unknown[] }).terms).length;
  const added = parsed.value.length - existing.length;
  const replaced = count - added;
  return {
    ok: true,
    text:
      `Imported ${count} ${count === 1 ? 'term' : 'terms'}` +
      (replaced > 0 ? ` (${replaced} replaced your terms of the same name).` : '.'),
  };
}

export function TermsImportExport() {
  const terms = useStored(userTerms, readUserTerms);
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
            void userTerms
              .getValue()
              .then((saved) => download(exportUserTerms(readUserTerms(saved)), 'medgloss-terms.json'))
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
