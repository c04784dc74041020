/**
 * The page's glossary: every term MedGloss highlighted on the tab, in page order of frequency,
 * with its explanation from the bundled dictionary (and the reader's own terms). Choosing a term
 * scrolls the page to it and opens its card.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import loadDictionary from 'virtual:medgloss/dictionary';
import { Dictionary } from '@/dictionary/index';
import { sendMessage } from '@/messages';
import { ownTerms } from '@/settings/registry';
import { explanationOf } from '@/settings/my-words';
import { withOwnTerms } from '@/settings/user-terms';
import { useSetting } from '../shared/use-setting';
import { usePageTerms } from './use-page-terms';

let dictionary: Promise<Dictionary> | undefined;
const getDictionary = () => (dictionary ??= loadDictionary().then((data) => new Dictionary(data)));

export function PageGlossary({ tabId }: { tabId: number | undefined }) {
  const page = usePageTerms(tabId);
  const own = useSetting(ownTerms);
  const [bundled, setBundled] = useState<Dictionary>();
  useEffect(() => void getDictionary().then(setBundled), []);
  const lookup = useMemo(() => (own && bundled ? withOwnTerms(bundled, own) : undefined), [own, bundled]);
  if (page === 'connecting' || !lookup) return <p class="note">Reading the page…</p>;
  if (page === 'unavailable')
    return <p class="note">MedGloss does not run on this page. Its terms show here on web pages.</p>;
  if (page.status === 'off') return <p class="note">Highlighting is off on {page.hostname}.</p>;
  return (
    <section aria-label="Terms on this page">
      <h2>
        On this page ({page.terms.length}){page.status === 'working' && <span class="note"> · reading…</span>}
      </h2>
      {page.terms.length === 0 && <p class="note">No medical terms found on this page.</p>}
      <ul class="glossary">
        {page.terms.map((t) => {
          const [entry, ...linked] = lookup.withLinked(t.id);
          const explanation = entry ? explanationOf(entry, new Map(linked.map((e) => [e.id, e]))) : undefined;
          return (
            <li key={t.id} class="glossary-term" data-term={t.id}>
              <button
                type="button"
                class="link term-name"
                onClick={() => tabId !== undefined && void sendMessage('showTerm', t.id, tabId)}
              >
                {entry?.term ?? t.term}
              </button>{' '}
              <span class="count">×{t.count}</span>
              {entry?.pronunciation && <span class="word-say"> {entry.pronunciation}</span>}
              {explanation && <p class="explanation">{explanation}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
