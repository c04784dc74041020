/**
 * Moves the reader's terms between browsers as a JSON file. An import is all or nothing: a file
 * with any problem is refused with a message naming it, and the saved terms stay as they were.
 * A good file is previewed first (what it adds, replaces and skips), and the last import can be undone.
 */
import { useState } from 'preact/hooks';
import { ownTerms, readSetting } from '@/settings/registry';
import { exportUserTerms, readUserTermsFile, type UserTerm } from '@/settings/user-terms';
import { applyImport, describePlan, planImport, undoImport, type ImportPlan } from '@/settings/term-import';
import { useSetting } from '../shared/use-setting';
import { DownloadButton } from './DownloadButton';
import { FileImportButton } from './FileImportButton';
import { StatusMessage } from './StatusMessage';

type Outcome = { ok: boolean; text: string; undo?: Pending & { replaceOlder: boolean } };

/** A file read and planned, waiting for the reader to confirm. */
interface Pending {
  name: string;
  file: UserTerm[];
  before: UserTerm[];
  plan: ImportPlan;
}

async function readPlan(text: string, name: string): Promise<Pending | Outcome> {
  const read = readUserTermsFile(text);
  if (!read.ok) return { ok: false, text: read.error };
  const before = await readSetting(ownTerms);
  const plan = planImport(read.value, before);
  return plan.ok ? { name, file: read.value, before, plan: plan.value } : { ok: false, text: plan.error };
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

  const onText = async (text: string, name: string) => {
    setOutcome(undefined);
    setPending(undefined);
    const read = await readPlan(text, name);
    if ('plan' in read) {
      setReplaceOlder(false);
      setPending(read);
    } else setOutcome(read);
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
        <DownloadButton
          name="medgloss-terms.json"
          disabled={!saved?.length}
          make={async () => exportUserTerms(await readSetting(ownTerms))}
        >
          Export your terms
        </DownloadButton>
        <FileImportButton
          label="Import terms from a file…"
          onText={onText}
          onRefused={(text) => {
            setPending(undefined);
            setOutcome({ ok: false, text });
          }}
        />
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
      {outcome && (
        <StatusMessage ok={outcome.ok}>
          {outcome.text}
          {outcome.undo && (
            <>
              {' '}
              <button type="button" class="link" onClick={() => void undo(outcome.undo!)}>
                Undo import
              </button>
            </>
          )}
        </StatusMessage>
      )}
    </div>
  );
}
