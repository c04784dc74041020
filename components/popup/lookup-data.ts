/**
 * What the popup's lookup needs besides its index, loaded after the first paint (LookupBox imports
 * this module dynamically, so its chunk never delays the box): the full dictionary, which cards
 * are composed from, and the recognition layers (derived words, disease names, word parts), which
 * lookup finds as on pages. Each is parsed on first use.
 */
import loadDictionary from 'virtual:medgloss/dictionary';
import loadBases from 'virtual:medgloss/bases';
import loadDiseaseTable from 'virtual:medgloss/disease-names';
import loadWordParts from 'virtual:medgloss/word-parts';
import { Dictionary } from '@/dictionary/index';
import { recognitionLayers } from '@/dictionary/recognition-layers';

let dictionary: Dictionary | undefined;
export const fullDictionary = () => (dictionary ??= new Dictionary(loadDictionary()));
export const layers = recognitionLayers(loadBases, loadDiseaseTable, loadWordParts);
