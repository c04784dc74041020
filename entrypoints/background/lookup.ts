/**
 * The background's dictionary as cards and lookups read it: the bundled entries, the reader's own
 * terms, and the recognition layers (derived words, disease names, word parts), whose cards are
 * composed here from reviewed text. Rebuilt when the reader's own terms change, which also
 * re-indexes them for pages (settings/own-terms-index.ts).
 */
import loadDictionary from 'virtual:medgloss/dictionary';
import loadBases from 'virtual:medgloss/bases';
import loadDiseaseTable from 'virtual:medgloss/disease-names';
import loadWordParts from 'virtual:medgloss/word-parts';
import { Dictionary } from '@/dictionary/index';
import { Recognizer } from '@/dictionary/recognized';
import { recognitionLayers } from '@/dictionary/recognition-layers';
import { keepOwnTermsIndexed } from '@/settings/own-terms-index';
import { ownTerms, readSetting } from '@/settings/registry';
import { withOwnTerms } from '@/settings/user-terms';

export function backgroundLookup(): () => Promise<Recognizer> {
  // Read at start, so the first lookup finds it (or nearly) ready.
  const dictionary = loadDictionary().then((data) => new Dictionary(data));
  const layers = recognitionLayers(loadBases, loadDiseaseTable, loadWordParts);
  let withOwn: Recognizer | undefined;
  // Rebuilt after every change of the own terms; pages get their names' index, built here once per change.
  keepOwnTermsIndexed(() => (withOwn = undefined));
  return async () => (withOwn ??= new Recognizer(withOwnTerms(await dictionary, await readSetting(ownTerms)), layers));
}
