/** "On this page": the terms MedGloss found in the tab, most frequent first. */
import type { PageInfo } from '@/messages';

export function PageTerms({ terms, onChoose }: { terms: PageInfo['terms']; onChoose: (id: string) => void }) {
  return (
    <section aria-label="Terms on this page">
      <h2>On this page ({terms.length})</h2>
      <ul class="page-terms">
        {terms.map((t) => (
          <li key={t.id}>
            <button type="button" class="link" onClick={() => onChoose(t.id)}>
              {t.term}
            </button>{' '}
            <span class="count">×{t.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
