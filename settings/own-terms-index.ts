/**
 * Keeps the own terms' index (registry.ts `ownTermsIndex`) in step with the terms: the background
 * builds it once per change, so pages never build a matcher of the reader's names themselves.
 */
import { ownTerms, ownTermsIndex, readSetting } from './registry';
import {
  buildOwnTermsIndex,
  isUserTermId,
  newUserTermId,
  ownTermsSource,
  readUserTerms,
  type UserTerm,
} from './user-terms';

/**
 * Terms without an id of their own (an older version's, or written by hand) get one in storage
 * first, as the migration does: an index built before would carry ids storage never holds. The
 * write comes back through the watch, which indexes them.
 */
async function indexOwnTerms(): Promise<void> {
  const stored = await ownTerms.item.getValue();
  if (
    Array.isArray(stored) &&
    stored.some((t: unknown) => t && typeof t === 'object' && !isUserTermId((t as UserTerm).id))
  )
    return ownTerms.item.setValue(
      stored.map((t: unknown) =>
        t && typeof t === 'object' && !isUserTermId((t as UserTerm).id) ? { ...t, id: newUserTermId() } : t,
      ) as UserTerm[],
    );
  const terms = readUserTerms(stored);
  if ((await readSetting(ownTermsIndex)).source !== ownTermsSource(terms))
    await ownTermsIndex.item.setValue(buildOwnTermsIndex(terms));
}

/** Rebuilds the index now if it is missing or stale, and whenever the terms change (then calls `onChange`). */
export function keepOwnTermsIndexed(onChange: () => void): () => void {
  void indexOwnTerms();
  return ownTerms.item.watch(() => {
    onChange();
    void indexOwnTerms();
  });
}
