/**
 * "On this page": the terms MedGloss found in the tab, most frequent first, each under the
 * dictionary's name for it (`names`; the page's own wording until those arrive) with how often the
 * page uses it. When there are none, it says why.
 */
import type { PageInfo } from '@/messages';

export function PageTerms({
  terms,
  names,
  onChoose,
}: {
  terms: PageInfo['terms'];
  names: ReadonlyMap<string, string>;
  onChoose: (id: string) => void;
}) {
  return (
    <section aria-label="Terms on this page">
      <h2>On this page ({terms.length})</h2>
      <ul class="page-terms">
        {terms.map((t) => (
          <li key={t.id}>
            <button type="button" class="link" onClick={() => onChoose(t.id)}>
              {names.get(t.id) ?? t.term}
            </button>{' '}
            <span class="count" title={`${t.count} ${t.count === 1 ? 'time' : 'times'} on this page`}>
              ×{t.count}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Why "On this page" is empty: the site is off, MedGloss is paused, the page is still read, or it has no terms. */
export function NoPageTerms({ page, paused }: { page: PageInfo | null; paused: boolean | undefined }) {
  const why =
    page === null
      ? 'MedGloss does not run on this page: browser pages, extension stores and PDFs are closed to extensions (and a browser may ask you to allow a site first). You can still look words up.'
      : paused
        ? 'MedGloss is paused everywhere: switch the pause off to see the terms on this page.'
        : page.status === 'off'
          ? `Highlighting is switched off on ${page.hostname}: switch it on above to see the terms on this page.`
          : page.status === 'working'
            ? 'MedGloss is still reading this page. Open this again in a moment.'
            : 'No medical terms found on this page. You can still look words up.';
  return (
    <p class="note empty-state" role="status">
      {why}
    </p>
  );
}
