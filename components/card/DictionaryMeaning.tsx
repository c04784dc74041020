/**
 * Below one of the reader's own terms: the dictionary's entry of the same name, so adding your own
 * "OMS" never hides the dictionary's meanings. Text only, like the rest of the card.
 */
import type { CompiledEntry } from '../../dictionary/compile';
import { CATEGORY_LABELS } from '../../dictionary/schema';
import { SenseItem } from './TermCard';

export function DictionaryMeaning({
  entry,
  linked,
  onOpen,
}: {
  entry: CompiledEntry;
  linked: ReadonlyMap<string, CompiledEntry>;
  onOpen?: (id: string) => void;
}) {
  return (
    <section class="dictionary-meaning" aria-label={`${entry.term} in the MedGloss dictionary`}>
      <h3 class="also-heading">
        In the MedGloss dictionary: {entry.term} <span class="category">{CATEGORY_LABELS[entry.category]}</span>
      </h3>
      {entry.senses?.length ? (
        <ol class="senses">
          {entry.senses.map((sense) => (
            <SenseItem key={sense.meaning} sense={sense} likely={false} linked={linked} onOpen={onOpen} />
          ))}
        </ol>
      ) : (
        <p class="explanation">{entry.explanation}</p>
      )}
      <p class="source">
        Checked against:{' '}
        {entry.sourceUrl ? (
          <a href={entry.sourceUrl} target="_blank" rel="noopener noreferrer">
            {entry.source}
          </a>
        ) : (
          entry.source
        )}
      </p>
    </section>
  );
}
