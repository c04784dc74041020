/**
 * Instant lookup: finds terms by name, synonym or abbreviation as you type (a typo is forgiven),
 * arrows move through the results, Enter opens the card, Escape clears.
 */
import { useMemo, useState } from 'preact/hooks';
import loadDictionary from 'virtual:medgloss/dictionary';
import { Dictionary, type WithOwnTerms } from '@/dictionary/index';
import { ownTerms } from '@/settings/registry';
import { withOwnTerms } from '@/settings/user-terms';
import { TermCard } from '../card/TermCard';
import { useSetting } from '../shared/use-setting';

let dictionary: Dictionary | undefined;
const getDictionary = () => (dictionary ??= new Dictionary(loadDictionary()));

export function LookupBox() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [history, setHistory] = useState<string[]>([]);
  const own = useSetting(ownTerms);
  // The bundled dictionary is parsed on the first keystroke, not when the popup opens.
  const lookup = useMemo(() => {
    let both: WithOwnTerms | undefined;
    return () => (both ??= withOwnTerms(getDictionary(), own ?? []));
  }, [own]);
  const hits = useMemo(() => (query.trim() ? lookup().search(query, 12) : []), [lookup, query]);
  const shownId = history.at(-1);
  const shown = shownId ? lookup().withLinked(shownId) : [];

  const open = (id: string) => setHistory([id]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && hits[active]) open(hits[active].entry.id);
    else if (event.key === 'Escape' && (query || shownId)) {
      setQuery('');
      setHistory([]);
    } else return;
    event.preventDefault();
  };

  return (
    <section class="lookup" aria-label="Look up a term">
      <input
        type="search"
        placeholder="Look up a word (e.g. ACTH)"
        aria-label="Look up a medical term"
        aria-controls="lookup-results"
        aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
        value={query}
        onInput={(event) => {
          setQuery((event.currentTarget as HTMLInputElement).value);
          setActive(0);
          setHistory([]);
        }}
        onKeyDown={onKeyDown}
      />
      {query && hits.length === 0 && <p class="note">“{query}” is not in the dictionary.</p>}
      {!shownId && hits.length > 0 && (
        <ul id="lookup-results" class="results" role="listbox" aria-label="Matching terms">
          {hits.map((hit, i) => (
            <li
              key={hit.entry.id}
              id={`hit-${i}`}
              role="option"
              aria-selected={i === active}
              onClick={() => open(hit.entry.id)}
            >
              <span class="hit-name">{hit.name}</span>
              {hit.name !== hit.entry.term && <span class="hit-term"> → {hit.entry.term}</span>}
              {hit.entry.user && <span class="hit-mine"> · your term</span>}
            </li>
          ))}
        </ul>
      )}
      {shown[0] && (
        <TermCard
          entry={shown[0]}
          linked={new Map(shown.slice(1).map((e) => [e.id, e]))}
          onOpen={(id) => setHistory([...history, id])}
          onBack={history.length > 1 ? () => setHistory(history.slice(0, -1)) : undefined}
        />
      )}
    </section>
  );
}
