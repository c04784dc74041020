/**
 * "Report a problem" on every card: the reader picks what looks wrong, may add a note and may
 * include the page's address (off unless ticked), sees the report, and copies it to send
 * themselves. Nothing is ever sent by MedGloss.
 */
import { useId, useRef, useState } from 'preact/hooks';
import type { CompiledEntry } from '../../dictionary/compile';
import { REPORT_PROBLEMS, formatReport } from './card-report';

async function copy(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard access here (a plain-http page): select the text so Ctrl+C copies it.
    field?.focus();
    field?.select();
    return false;
  }
}

export function ReportProblem({ entry, pageUrl }: { entry: CompiledEntry; pageUrl?: string }) {
  const id = useId();
  const [problem, setProblem] = useState<string>(REPORT_PROBLEMS[0]);
  const [note, setNote] = useState('');
  const [withPage, setWithPage] = useState(false);
  const [copied, setCopied] = useState<string>();
  const text = formatReport({
    term: entry.term,
    id: entry.id,
    problem,
    note,
    pageUrl: withPage ? pageUrl : undefined,
  });
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <details class="report">
      <summary>Report a problem with this card</summary>
      <div class="report-form">
        <label for={`${id}-problem`}>What looks wrong?</label>
        <select id={`${id}-problem`} value={problem} onChange={(e) => setProblem(e.currentTarget.value)}>
          {REPORT_PROBLEMS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
        <label for={`${id}-note`}>Note (optional)</label>
        <input
          id={`${id}-note`}
          type="text"
          maxLength={300}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        {pageUrl && (
          <label class="check">
            <input type="checkbox" checked={withPage} onChange={(e) => setWithPage(e.currentTarget.checked)} /> Include
            this page’s address
          </label>
        )}
        <label for={`${id}-text`}>Your report</label>
        <textarea id={`${id}-text`} readOnly rows={4} value={text} ref={field} />
        <button
          type="button"
          class="link"
          onClick={() =>
            void copy(text, field.current).then((ok) =>
              setCopied(
                ok
                  ? 'Copied. Paste it into the support form of the MedGloss store listing.'
                  : 'Selected: press Ctrl+C (⌘C) to copy it.',
              ),
            )
          }
        >
          Copy report
        </button>
        <p class="report-note" role="status">
          {copied ?? 'MedGloss sends nothing by itself: you copy the report and send it yourself.'}
        </p>
      </div>
    </details>
  );
}
