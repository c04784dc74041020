/**
 * The popup's lookup index (dictionary/lookup-index.ts) in a chunk of its own: LookupBox imports it
 * dynamically when it loads, so the box is drawn without waiting for it, however large the
 * dictionary grows; it is parsed on first use (in idle time, or by the first keystroke).
 */
import loadLookupIndex from 'virtual:medgloss/lookup-index';
import type { Dictionary } from '@/dictionary/index';
import { lookupIndexDictionary } from '@/dictionary/lookup-index';

let index: Dictionary | undefined;
export const searchIndex = () => (index ??= lookupIndexDictionary(loadLookupIndex()));
