/**
 * Keeps the own terms' index (registry.ts `ownTermsIndex`) in step with the terms: the background
 * builds it once per change, so pages never build a matcher of the reader's names themselves. The
 * background's lookup with own terms lives here too, as both follow the same changes.
 */
import type { Dictionary, WithOwnTerms } from '../dictionary/index';
import { ownTerms, ownTermsIndex, readSetting } from './registry';
import { buildOwnTermsIndex, ownTermsSource, withOwnTerms } from './user-terms';

async function indexOwnTerms(): Promise<void> {
  const terms = await readSetting(ownTerms);
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

/** The background's lookup of the dictionary with the reader's own terms, fresh after every change; keeps the index too. */
export function lookupWithOwnTerms(dictionary: Dictionary): () => Promise<WithOwnTerms> {
  let withOwn: WithOwnTerms | undefined;
  keepOwnTermsIndexed(() => (withOwn = undefined));
  return async () => (withOwn ??= withOwnTerms(dictionary, await readSetting(ownTerms)));
}
