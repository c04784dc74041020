/**
 * The reader's own terms: highlighted on pages like dictionary terms and explained in the same
 * card. Kept in local storage (sync storage is too small for them).
 */
import { useState } from 'preact/hooks';
import { ownTerms, readSetting } from '@/settings/registry';
import { findDuplicateNames, type UserTerm } from '@/settings/user-terms';
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

type Status = { text: string; undo?: { term: UserTerm; at: number } };

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
  if (terms === undefined) return null;

  return (
    <>
      {terms.length === 0 ? (
        <p class="empty">You have no terms of your own yet. Add one below: MedGloss will highlight it on pages.</p>
      ) : (
        <ul class="rows terms" aria-label="Your terms">
          {terms.map((term, at) =>
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
                        setStatus({ text: `Deleted “${term.term}”.`, undo: { term, at } }),
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
      </p>
      <h3>Add a term</h3>
      <UserTermForm prefill={prefill} onSaved={(saved) => setStatus({ text: `Added “${saved.term}”.` })} />
    </>
  );
}
