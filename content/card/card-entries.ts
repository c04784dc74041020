/**
 * What a card asks the background for: entries by id, or, for an abbreviation the page defines
 * ("page:" highlights), its card composed with the page's own long form.
 */
import { KIND_PREFIX } from '../../dictionary/recognized';
import { sendMessage } from '../../messages';
import type { CompiledEntry } from '../../dictionary/compile';

export function cardEntries(definition: (short: string) => string | undefined) {
  return (ids: string[]): Promise<CompiledEntry[]> => {
    const short = ids.length === 1 && ids[0].startsWith(KIND_PREFIX.page) ? ids[0].slice(KIND_PREFIX.page.length) : '';
    const long = short && definition(short);
    return long ? sendMessage('getPageTerm', { short, long }) : sendMessage('getEntries', ids);
  };
}
