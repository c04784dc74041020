/**
 * The "Import … from a file…" button of the options page (own terms, My words): reads the chosen
 * file as text and hands it on. A file many times the size limit is refused before it is read, and
 * one that cannot be read gets the same message in every import.
 */
import { useState } from 'preact/hooks';
import { IMPORT_FILE_LIMIT, fileTooLarge } from '@/settings/import-file';

/** The limit counts characters; a file this many bytes is over it whatever its encoding. */
const READ_LIMIT_BYTES = IMPORT_FILE_LIMIT * 4;

export function FileImportButton({
  label,
  onText,
  onRefused,
}: {
  label: string;
  /** The file's text and name; the import reports its own outcome. */
  onText: (text: string, name: string) => Promise<void>;
  /** Why the file was not handed on. */
  onRefused: (message: string) => void;
}) {
  const [busy, setBusy] = useState(false);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      if (file.size > READ_LIMIT_BYTES) onRefused(fileTooLarge(file.size));
      else await onText(await file.text(), file.name);
    } catch (error) {
      onRefused(
        `The file could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
      );
    } finally {
      // Choosing the same file again (after fixing it) must fire a change again.
      input.value = '';
      setBusy(false);
    }
  };

  return (
    <label class={busy ? 'button disabled' : 'button'}>
      {label}
      <input
        type="file"
        class="visually-hidden"
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => void onFile(event.currentTarget as HTMLInputElement)}
      />
    </label>
  );
}
