/**
 * What a reader can do with a term on its card: hear it (with its respelling), keep it in
 * "My words", and say "I know this word" (no more highlights of it; lookup still explains it),
 * with an undo. Real buttons with labels, so keyboards and screen readers use them as they are.
 */
import { useContext, useState } from 'preact/hooks';
import type { CompiledEntry } from '@/dictionary/compile';
import { SETTINGS, knownWords, myWords, readSetting } from '@/settings/registry';
import { markKnown, removeWord, saveWord, wordFromEntry } from '@/settings/my-words';
import { useSetting } from '../shared/use-setting';
import { say } from './speech';
import { useVoice } from './use-voice';
import { WordSourceContext } from './word-source';

export async function toggleSaved(
  entry: CompiledEntry,
  linked: ReadonlyMap<string, CompiledEntry>,
  source: () => Promise<{ title?: string; url?: string }>,
): Promise<void> {
  const list = await readSetting(myWords);
  if (list.some((w) => w.id === entry.id)) return myWords.item.setValue(removeWord(list, entry.id));
  const [where, keepAddress] = await Promise.all([source(), readSetting(SETTINGS.saveAddress)]);
  await myWords.item.setValue(saveWord(list, wordFromEntry(entry, linked, where, { keepAddress, now: new Date() })));
}

export async function setKnown(word: { id: string; term: string }, known: boolean): Promise<void> {
  const list = await readSetting(knownWords);
  await knownWords.item.setValue(known ? markKnown(list, word, new Date()) : removeWord(list, word.id));
}

function SayIt({ entry }: { entry: CompiledEntry }) {
  const voice = useVoice();
  if (!entry.pronunciation && voice === 'waiting') return null;
  return (
    <p class="say">
      {entry.pronunciation && (
        <span class="pronunciation" aria-label={`Pronounced ${entry.pronunciation}`}>
          {entry.pronunciation}
        </span>
      )}
      {typeof voice === 'object' ? (
        <button
          type="button"
          class="speak"
          aria-label={`Say “${entry.term}” aloud`}
          title="Say it aloud (a voice on this device)"
          onClick={() => say(voice.synth, entry.term, voice.voice)}
        >
          <span aria-hidden="true">🔊</span>
        </button>
      ) : voice === 'none' ? (
        <span class="no-voice">No voice on this device to say it aloud.</span>
      ) : null}
    </p>
  );
}

export function CardActions({ entry, linked }: { entry: CompiledEntry; linked: ReadonlyMap<string, CompiledEntry> }) {
  const saved = useSetting(myWords)?.some((w) => w.id === entry.id) ?? false;
  const known = useSetting(knownWords)?.some((w) => w.id === entry.id) ?? false;
  const source = useContext(WordSourceContext);
  const [problem, setProblem] = useState<string>();
  const act = (work: Promise<void>) =>
    void work.then(
      () => setProblem(undefined),
      () => setProblem('That did not work: the browser refused to save it.'),
    );
  return (
    <div class="card-actions">
      <SayIt entry={entry} />
      <div class="action-buttons">
        <button
          type="button"
          class={saved ? 'star saved' : 'star'}
          aria-pressed={saved}
          onClick={() => act(toggleSaved(entry, linked, source))}
        >
          <span aria-hidden="true">{saved ? '★' : '☆'}</span> {saved ? 'In My words' : 'Save to My words'}
        </button>
        {/* WordNet terms are never highlighted: there is nothing to stop. */}
        {!entry.broad &&
          (known ? (
            <span class="known" role="status">
              You know this word: it is no longer highlighted.{' '}
              <button type="button" class="link" onClick={() => act(setKnown(entry, false))}>
                Undo
              </button>
            </span>
          ) : (
            <button type="button" class="know" onClick={() => act(setKnown(entry, true))}>
              I know this word
            </button>
          ))}
      </div>
      {problem && (
        <p class="action-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
