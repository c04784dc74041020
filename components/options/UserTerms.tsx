/**
 * The reader's own terms: highlighted on pages like dictionary terms and explained in the same
 * card. Kept in local storage (sync storage is too small for them). Up to 2,000 of them: a search
 * box and pages of 50 keep the list short, and "Delete all" asks first and can be undone.
 */
import { useState } from 'preact/hooks';
import { ownTerms, readSetting } from '@/settings/registry';
import { findDuplicateNames, searchTerms, type UserTerm } from '@/settings/user-terms';
import { UserTermForm } from './UserTermForm';
import { useSetting } from '../shared/use-setting';

/** `options.html#add=<text>`: how a page's "add as my term" opens this page. */
function termToAdd(): string | undefined {
  const match = /^#add=(.*)$/s.exec(location.hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]).trim() || undefined;
  } catch {
    return undefined;
  }
}

type Status = { text: string; undo?: { term: UserTerm; at: number }; undoAll?: UserTerm[] };

const PAGE_SIZE = 50;

async function remove(id: string): Promise<void> {
  const saved = await readSetting(ownTerms);
  await ownTerms.item.setValue(saved.filter((t) => t.id !== id));
}

/** Puts a deleted term back where it was, unless one of its names was given to another term meanwhile. */
async function restore({ term, at }: { term: UserTerm; at: number }): Promise<boolean> {
  const saved = await readSetting(ownTerms);
  if (saved.some((t) => t.id === term.id) || findDuplicateNames([...saved, term])) return false;
  await ownTerms.item.setValue([...saved.slice(0, at), term, ...saved.slice(at)]);
  return true;
}

export function UserTerms() {
  const terms = useSetting(ownTerms);
  const [editing, setEditing] = useState<string>();
  const [status, setStatus] = useState<Status>();
  const [prefill] = useState(termToAdd);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [confirmAll, setConfirmAll] = useState(false);
  if (terms === undefined) return null;
  const found = searchTerms(terms, query);
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = found.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const count = (n: number) => n.toLocaleString('en');

  return (
    <>
      {terms.length > 0 && (
        <div class="terms-toolbar">
          <label>
            Search your terms{' '}
            <input
              type="search"
              value={query}
              onInput={(event) => {
                setQuery((event.currentTarget as HTMLInputElement).value);
                setPage(0);
              }}
            />
          </label>
          <span class="hint" aria-live="polite">
            {query.trim()
              ? `${count(found.length)} of ${count(terms.length)} match`
              : `${count(terms.length)} ${terms.length === 1 ? 'term' : 'terms'}`}
            {pages > 1 && `; showing ${count(current * PAGE_SIZE + 1)}–${count(current * PAGE_SIZE + shown.length)}`}
          </span>
          {confirmAll ? (
            <span class="confirm" role="group" aria-label="Confirm deleting all your terms">
              Delete all {count(terms.length)} of your terms?{' '}
              <button
                type="button"
                class="danger"
                onClick={() => {
                  setConfirmAll(false);
                  void ownTerms.item
                    .setValue([])
                    .then(() => setStatus({ text: `Deleted all ${count(terms.length)} terms.`, undoAll: terms }));
                }}
              >
                Yes, delete all
              </button>{' '}
              <button type="button" onClick={() => setConfirmAll(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirmAll(true)}>
              Delete all…
            </button>
          )}
        </div>
      )}
      {terms.length === 0 ? (
        <p class="empty">You have no terms of your own yet. Add one below: MedGloss will highlight it on pages.</p>
      ) : found.length === 0 ? (
        <p class="empty">None of your terms contains “{query.trim()}”.</p>
      ) : (
        <ul class="rows terms" aria-label="Your terms">
          {shown.map((term) =>
            term.id === editing ? (
              <li key={term.id} class="row editing">
                <UserTermForm
                  editing={term}
                  onSaved={(saved) => {
                    setEditing(undefined);
                    setStatus({ text: `Saved “${saved.term}”.` });
                  }}
                  onCancel={() => setEditing(undefined)}
                />
              </li>
            ) : (
              <li key={term.id} class="row term">
                <div class="term-text">
                  <strong class="term-name">{term.term}</strong>
                  {term.aliases.length > 0 && <span class="hint"> (also: {term.aliases.join(', ')})</span>}
                  <p class="term-explanation">{term.explanation}</p>
                </div>
                <div class="actions">
                  <button type="button" onClick={() => setEditing(term.id)}>
                    Edit<span class="visually-hidden"> {term.term}</span>
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      void remove(term.id).then(() =>
                        setStatus({ text: `Deleted “${term.term}”.`, undo: { term, at: terms.indexOf(term) } }),
                      )
                    }
                  >
                    Delete<span class="visually-hidden"> {term.term}</span>
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label="Pages of your terms">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </button>
        </nav>
      )}
      <p class="status" role="status">
        {status?.text}
        {status?.undo && (
          <>
            {' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                const { undo } = status;
                if (undo)
                  void restore(undo).then((ok) =>
                    setStatus({
                      text: ok
                        ? `Restored “${undo.term.term}”.`
                        : `“${undo.term.term}” could not be restored: one of its names is in use now.`,
                    }),
                  );
              }}
            >
              Undo
            </button>
          </>
        )}
        {status?.undoAll && (
          <>
            {' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                const before = status.undoAll!;
                // Terms added since stay; every deleted one whose names are still free comes back.
                void readSetting(ownTerms).then(async (now) => {
                  const back = before.filter((t) => !now.some((n) => n.id === t.id));
                  const list = findDuplicateNames([...back, ...now]) ? now : [...back, ...now];
                  await ownTerms.item.setValue(list);
                  setStatus({ text: `Restored ${count(list.length - now.length)} terms.` });
                });
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
      <h3>Add a term</h3>
      <UserTermForm
        prefill={prefill}
        onSaved={(saved) => setStatus({ text: `Added “${saved.term}”.` })}
        onRefused={() => setStatus(undefined)}
      />
    </>
  );
}
