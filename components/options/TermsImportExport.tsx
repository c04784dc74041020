/**
 * Moves the reader's terms between browsers as a JSON file. An import is all or nothing: a file
 * with any problem is refused with a message naming it, and the saved terms stay as they were.
 * A good file is previewed first (what it adds, replaces and skips), and the last import can be undone.
 */
import { useState } from 'preact/hooks';
import { ownTerms, readSetting } from '@/settings/registry';
import {
  USER_TERM_LIMITS,
  exportUserTerms,
  fileTooLarge,
  readUserTermsFile,
  type UserTerm,
} from '@/settings/user-terms';
import { applyImport, describePlan, planImport, undoImport, type ImportPlan } from '@/settings/term-import';
import { useSetting } from '../shared/use-setting';

type Outcome = { ok: boolean; text: string; undo?: Pending & { replaceOlder: boolean } };

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

/** A file read and planned, waiting for the reader to confirm. */
interface Pending {
  name: string;
  file: UserTerm[];
  before: UserTerm[];
  plan: ImportPlan;
}

async function readPlan(file: File): Promise<Pending | Outcome> {
  if (file.size > READ_LIMIT_BYTES) return { ok: false, text: fileTooLarge(file.size) };
  const read = readUserTermsFile(await file.text());
  if (!read.ok) return { ok: false, text: read.error };
  const before = await readSetting(ownTerms);
  const plan = planImport(read.value, before);
  return plan.ok ? { name: file.name, file: read.value, before, plan: plan.value } : { ok: false, text: plan.error };
}

const terms = (n: number) => `${n} ${n === 1 ? 'term' : 'terms'}`;

function PlanList({ label, list }: { label: string; list: UserTerm[] }) {
  if (!list.length) return null;
  const shown = list.slice(0, 12).map((t) => t.term);
  return (
    <p class="plan-list">
      <span class="label">{label}: </span>
      {shown.join(', ')}
      {list.length > shown.length && ` and ${list.length - shown.length} more`}
    </p>
  );
}

export function TermsImportExport() {
  const saved = useSetting(ownTerms);
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, setPending] = useState<Pending>();
  const [replaceOlder, setReplaceOlder] = useState(false);
  const [busy, setBusy] = useState(false);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(undefined);
    setPending(undefined);
    try {
      const read = await readPlan(file);
      if ('plan' in read) {
        setReplaceOlder(false);
        setPending(read);
      } else setOutcome(read);
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

  const confirm = async (chosen: Pending) => {
    // Planned again against the terms as they are now, in case another page changed them meanwhile.
    const now = await readSetting(ownTerms);
    const again = planImport(chosen.file, now);
    setPending(undefined);
    if (!again.ok) return setOutcome({ ok: false, text: again.error });
    const plan = again.value;
    await ownTerms.item.setValue(applyImport(now, plan, { replaceOlder }));
    const replaced = plan.replace.length + (replaceOlder ? plan.older.length : 0);
    const changed = plan.add.length + replaced;
    setOutcome({
      ok: true,
      text: changed
        ? `Imported ${terms(changed)}` + (replaced > 0 ? ` (${replaced} replaced your terms of the same name).` : '.')
        : 'Nothing to import: you have every term of the file already.',
      undo: changed ? { ...chosen, before: now, plan, replaceOlder } : undefined,
    });
  };

  const undo = async (last: NonNullable<Outcome['undo']>) => {
    await ownTerms.item.setValue(undoImport(await readSetting(ownTerms), last.before, last.plan));
    setOutcome({ ok: true, text: `The import of “${last.name}” was undone.` });
  };

  return (
    <div class="import-export">
      <div class="actions">
        <button
          type="button"
          disabled={!saved?.length}
          onClick={() =>
            void readSetting(ownTerms).then((list) => download(exportUserTerms(list), 'medgloss-terms.json'))
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
        Exported files hold your terms only. Before anything is saved you see what an import adds, replaces and skips; a
        term older than yours does not replace it unless you say so.
      </p>
      {pending && (
        <div class="import-preview" role="region" aria-label="Import preview">
          <p>{describePlan(pending.plan)}</p>
          <PlanList label="New" list={pending.plan.add} />
          <PlanList label="Will replace yours" list={pending.plan.replace} />
          <PlanList label="Older than yours" list={pending.plan.older} />
          {pending.plan.older.length > 0 && (
            <label class="check">
              <input
                type="checkbox"
                checked={replaceOlder}
                onChange={(event) => setReplaceOlder((event.currentTarget as HTMLInputElement).checked)}
              />{' '}
              Replace my newer texts with the file’s older ones too ({terms(pending.plan.older.length)})
            </label>
          )}
          <div class="actions">
            <button type="button" class="primary" onClick={() => void confirm(pending)}>
              Import
            </button>
            <button type="button" onClick={() => setPending(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {outcome &&
        (outcome.ok ? (
          <p class="status ok" role="status">
            {outcome.text}
            {outcome.undo && (
              <>
                {' '}
                <button type="button" class="link" onClick={() => void undo(outcome.undo!)}>
                  Undo import
                </button>
              </>
            )}
          </p>
        ) : (
          <p class="status error" role="alert">
            {outcome.text}
          </p>
        ))}
    </div>
  );
}
