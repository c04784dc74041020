/** Words the reader said they know (not highlighted), each with "Highlight again": the undo outside the card. */
import { knownWords } from '@/settings/registry';
import { newestFirst, removeWord } from '@/settings/my-words';
import { useSetting } from './use-setting';

async function forget(id: string): Promise<void> {
  await knownWords.item.setValue(removeWord(knownWords.read(await knownWords.item.getValue()), id));
}

export function KnownWordsList() {
  const known = useSetting(knownWords);
  if (!known) return null;
  if (known.length === 0)
    return <p class="note">None yet. “I know this word” on a card stops highlighting a term you know.</p>;
  return (
    <ul class="known-list" aria-label="Words you know">
      {newestFirst(known).map((w) => (
        <li key={w.id}>
          <span class="word-term">{w.term}</span>{' '}
          <button
            type="button"
            class="link"
            onClick={() => void forget(w.id)}
            aria-label={`Highlight “${w.term}” again`}
          >
            Highlight again
          </button>
        </li>
      ))}
    </ul>
  );
}
