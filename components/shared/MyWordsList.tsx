/**
 * "My words", newest first and searchable, with remove one and remove all (asked twice). Shown by
 * the popup and the side panel; the list follows storage, so every open view agrees.
 */
import { useState } from 'preact/hooks';
import { myWords } from '@/settings/registry';
import { removeWord, searchWords } from '@/settings/my-words';
import { useSetting } from './use-setting';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

async function remove(id: string | undefined): Promise<void> {
  const list = myWords.read(await myWords.item.getValue());
  await myWords.item.setValue(id === undefined ? [] : removeWord(list, id));
}

export function MyWordsList({ showExplanations = false }: { showExplanations?: boolean }) {
  const words = useSetting(myWords);
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState(false);
  if (!words) return null;
  const shown = searchWords(words, query);
  return (
    <section class="my-words" aria-label="My words">
      <h2>My words ({words.length})</h2>
      {words.length === 0 ? (
        <p class="note">No saved words yet. Choose “Save to My words” (☆) on a card to keep a term here.</p>
      ) : (
        <>
          <input
            type="search"
            class="words-search"
            placeholder="Search my words"
            aria-label="Search my words"
            value={query}
            onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          />
          {shown.length === 0 && <p class="note">No saved word matches “{query}”.</p>}
          <ul class="word-list">
            {shown.map((w) => (
              <li key={w.id} class="saved-word">
                <div class="word-head">
                  <span class="word-term">{w.term}</span>
                  {w.pronunciation && <span class="word-say">{w.pronunciation}</span>}
                  <button
                    type="button"
                    class="remove"
                    aria-label={`Remove “${w.term}” from My words`}
                    onClick={() => void remove(w.id)}
                  >
                    ×
                  </button>
                </div>
                {showExplanations && <p class="word-explanation">{w.explanation}</p>}
                <div class="word-meta">
                  {dateFormat.format(new Date(w.savedAt))}
                  {w.pageTitle && (
                    <>
                      {' · '}
                      {w.url ? (
                        <a href={w.url} target="_blank" rel="noreferrer">
                          {w.pageTitle}
                        </a>
                      ) : (
                        w.pageTitle
                      )}
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
          {confirming ? (
            <p class="confirm" role="group" aria-label="Remove all">
              Remove all {words.length} words?{' '}
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  void remove(undefined);
                }}
              >
                Remove all
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                Keep them
              </button>
            </p>
          ) : (
            <button type="button" class="remove-all" onClick={() => setConfirming(true)}>
              Remove all…
            </button>
          )}
        </>
      )}
    </section>
  );
}
