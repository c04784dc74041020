/**
 * Instant lookup: finds terms by name, synonym or abbreviation as you type, arrows move through
 * the results, Enter opens the card, Escape clears. A typo is forgiven only as a suggestion: close
 * spellings are listed under "Did you mean", and Enter never opens one unless the reader chose it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SearchHit } from '@/dictionary/index';
import { MIN_RECOGNIZED_QUERY, Recognizer } from '@/dictionary/recognized';
import { ownTerms } from '@/settings/registry';
import { withOwnTerms } from '@/settings/user-terms';
import { TermCard } from '../card/TermCard';
import { useSetting } from '../shared/use-setting';
import { warmUp } from './warm-up';

type LookupNames = typeof import('./lookup-names');
type LookupData = typeof import('./lookup-data');

/** The names to search: fetched from the moment the popup loads, beside the box, never before it. */
let namesChunk: Promise<LookupNames> | undefined;
const loadNames = () => (namesChunk ??= import('./lookup-names'));
void loadNames();
let data: Promise<LookupData> | undefined;
/** The full dictionary and the recognition layers: a chunk of their own, fetched after the first paint. */
const loadData = () => (data ??= import('./lookup-data'));

/** When the reader last typed: the warm-up waits for a pause. */
let lastInputAt = -Infinity;
const sinceInput = () => performance.now() - lastInputAt;

export function LookupBox() {
  const [query, setQuery] = useState('');
  /** The result the arrows moved to; undefined until they move. */
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [history, setHistory] = useState<string[]>([]);
  const own = useSetting(ownTerms);
  const [names, setNames] = useState<LookupNames>();
  const [full, setFull] = useState<LookupData>();
  // Fetching costs the page little (the browser compiles the chunk off the main thread): never waits.
  const fetchData = () => void loadData().then(setFull);

  // After the first paint, in idle time: the index, with a first search so the first keystroke
  // finds it all warm; then the rest, fetched while the reader reads the box, and parsed in pauses.
  useEffect(() => void loadNames().then(setNames), []);
  useEffect(
    () =>
      warmUp(
        [
          async () => {
            (await loadNames()).searchIndex().search('a', 1);
            fetchData();
          },
          async () => (await loadData()).layers.bases,
          async () => (await loadData()).layers.wordParts(),
          async () => (await loadData()).layers.diseases(),
          async () => (await loadData()).fullDictionary().get(''),
        ],
        sinceInput,
      ),
    [],
  );

  // Results come from the index (none until it is here: a keystroke that early shows them when it
  // arrives); recognized terms (derived words, disease names, word parts) join them once the layers
  // are here, which re-renders the results.
  const lookup = useMemo(() => {
    let both: Pick<Recognizer, 'search'> | undefined;
    return () =>
      names &&
      (both ??= full
        ? new Recognizer(withOwnTerms(names.searchIndex(), own ?? []), full.layers)
        : withOwnTerms(names.searchIndex(), own ?? []));
  }, [own, full, names]);
  // Cards are composed from the full dictionary, by the hit's id.
  const cards = useMemo(() => {
    let both: Recognizer | undefined;
    return () => full && (both ??= new Recognizer(withOwnTerms(full.fullDictionary(), own ?? []), full.layers));
  }, [own, full]);
  const hits = useMemo(() => (query.trim() ? (lookup()?.search(query, 12) ?? []) : []), [lookup, query]);
  const found = hits.filter((hit) => !hit.closeSpelling);
  // "Not in the dictionary" only once everything that could find it is here.
  const searched = !!names && (!!full || query.trim().length < MIN_RECOGNIZED_QUERY);
  const suggested = hits.filter((hit) => hit.closeSpelling);
  // Nothing is chosen for the reader when only close spellings came back.
  const active = chosen ?? (found.length ? 0 : -1);
  const shownId = history.at(-1);
  const shown = shownId ? (cards()?.withLinked(shownId) ?? []) : [];

  const open = (id: string) => {
    setHistory([id]);
    fetchData();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setChosen(Math.min(active + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setChosen(Math.max(active - 1, 0));
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
        aria-controls="lookup-results lookup-suggestions"
        aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
        value={query}
        onInput={(event) => {
          lastInputAt = performance.now();
          fetchData();
          setQuery((event.currentTarget as HTMLInputElement).value);
          setChosen(undefined);
          setHistory([]);
        }}
        onKeyDown={onKeyDown}
      />
      {query && searched && found.length === 0 && <p class="note">“{query}” is not in the dictionary.</p>}
      {!shownId && found.length > 0 && (
        <ul id="lookup-results" class="results" role="listbox" aria-label="Matching terms">
          {found.map((hit, i) => (
            <Hit key={hit.entry.id} hit={hit} index={i} active={active} onOpen={open} />
          ))}
        </ul>
      )}
      {!shownId && suggested.length > 0 && (
        <>
          <p class="note" id="lookup-suggestions-label">
            Did you mean…?
          </p>
          <ul id="lookup-suggestions" class="results" role="listbox" aria-labelledby="lookup-suggestions-label">
            {suggested.map((hit, i) => (
              <Hit key={hit.entry.id} hit={hit} index={found.length + i} active={active} onOpen={open} />
            ))}
          </ul>
        </>
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

function Hit({
  hit,
  index,
  active,
  onOpen,
}: {
  hit: SearchHit;
  index: number;
  active: number;
  onOpen: (id: string) => void;
}) {
  return (
    <li id={`hit-${index}`} role="option" aria-selected={index === active} onClick={() => onOpen(hit.entry.id)}>
      <span class="hit-name">{hit.name}</span>
      {hit.name !== hit.entry.term && <span class="hit-term"> → {hit.entry.term}</span>}
      {hit.entry.user && <span class="hit-mine"> · your term</span>}
    </li>
  );
}
