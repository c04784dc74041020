/**
 * The explanation card, shared by the hover card on pages and the popup's lookup. It renders
 * dictionary text as text only (Preact escapes it), never as HTML.
 */
import type { CompiledEntry } from '../../dictionary/compile';
import { CATEGORY_LABELS, type Sense } from '../../dictionary/schema';
import { WordPartsList } from './WordPartsList';
import { DictionaryMeaning } from './DictionaryMeaning';
import { ReportProblem } from './ReportProblem';
import { CardActions } from './CardActions';

export interface TermCardProps {
  entry: CompiledEntry;
  /** Entries that senses and related links point to. */
  linked: ReadonlyMap<string, CompiledEntry>;
  /** Order in which to show `entry.senses` (best fit for this page first). */
  senseOrder?: number[];
  onOpen?: (id: string) => void;
  onBack?: () => void;
  /** Shown as a close button where the card floats over a page. */
  onClose?: () => void;
  /** The page the card is on: a report may include it if the reader ticks it. */
  pageUrl?: string;
}

export function SenseItem({
  sense,
  likely,
  linked,
  onOpen,
}: {
  sense: Sense;
  likely: boolean;
  linked: TermCardProps['linked'];
  onOpen?: (id: string) => void;
}) {
  const target = sense.entry ? linked.get(sense.entry) : undefined;
  return (
    <li class={likely ? 'sense likely' : 'sense'}>
      <div class="sense-meaning">
        {sense.meaning}
        {likely && <span class="badge">Most likely here</span>}
      </div>
      <p>{target?.explanation ?? sense.explanation}</p>
      {target && onOpen && (
        <button type="button" class="link" onClick={() => onOpen(target.id)}>
          More about {target.term}
        </button>
      )}
    </li>
  );
}

/** Other names worth showing: spellings that differ only by an apostrophe or case are shown once. */
function distinctNames(term: string, aliases: string[]): string[] {
  const key = (name: string) => name.toLowerCase().replace(/['\u2019\u02bc]s?\b/g, '');
  const seen = new Set([key(term)]);
  return aliases.filter((alias) => !seen.has(key(alias)) && seen.add(key(alias)));
}

export function TermCard({ entry, linked, senseOrder, onOpen, onBack, onClose, pageUrl }: TermCardProps) {
  const senses = entry.senses ? (senseOrder ?? entry.senses.map((_, i) => i)).map((i) => entry.senses![i]) : [];
  const related = entry.related.flatMap((id) => linked.get(id) ?? []);
  const aliases = distinctNames(entry.term, entry.aliases);
  return (
    <article class="card" aria-label={`${entry.term}: explanation`}>
      <header>
        {onBack && (
          <button type="button" class="link back" onClick={onBack} aria-label="Back">
            ←
          </button>
        )}
        <h2 class="term">{entry.term}</h2>
        <span class="category">
          {entry.user
            ? 'Your term'
            : entry.broad
              ? 'General English dictionary'
              : (entry.basis ?? CATEGORY_LABELS[entry.category])}
        </span>
        {onClose && (
          <button type="button" class="close" onClick={onClose} aria-label="Close">
            ×
          </button>
        )}
      </header>
      {entry.lead && <p class="lead recognized">{entry.lead}</p>}
      {entry.parts && <WordPartsList parts={entry.parts} />}
      {senses.length > 0 ? (
        <>
          <p class="lead">“{entry.term}” can mean different things:</p>
          <ol class="senses">
            {senses.map((sense, i) => (
              <SenseItem
                key={sense.meaning}
                sense={sense}
                likely={i === 0 && senseOrder !== undefined}
                linked={linked}
                onOpen={onOpen}
              />
            ))}
          </ol>
        </>
      ) : (
        <p class="explanation">{entry.explanation}</p>
      )}
      <CardActions entry={entry} linked={linked} />
      {aliases.length > 0 && (
        <p class="aliases">
          <span class="label">Also called: </span>
          {aliases.join(', ')}
        </p>
      )}
      {entry.user && entry.dictionaryEntry && linked.get(entry.dictionaryEntry) && (
        <DictionaryMeaning entry={linked.get(entry.dictionaryEntry)!} linked={linked} onOpen={onOpen} />
      )}
      {entry.detail && (
        <details>
          <summary>More detail</summary>
          <p>{entry.detail}</p>
        </details>
      )}
      {related.length > 0 && (
        <p class="related">
          <span class="label">Related: </span>
          {related.map((other, i) => (
            <>
              {i > 0 && ', '}
              <button type="button" class="link" onClick={() => onOpen?.(other.id)}>
                {other.term}
              </button>
            </>
          ))}
        </p>
      )}
      {!entry.user && <ReportProblem key={entry.id} entry={entry} pageUrl={pageUrl} />}
      <footer>
        <span class="source">
          {entry.user
            ? 'Added by you'
            : entry.broad
              ? 'General English dictionary (WordNet 3.1, Princeton University): not checked for medical accuracy'
              : entry.kind
                ? `Sources: ${entry.source}`
                : [
                    'Checked against: ',
                    entry.sourceUrl ? (
                      <a href={entry.sourceUrl} target="_blank" rel="noopener noreferrer">
                        {entry.source}
                      </a>
                    ) : (
                      entry.source
                    ),
                  ]}
        </span>
        <span class="advice">Not medical advice.</span>
      </footer>
    </article>
  );
}
