/** The background: owns the full dictionary and answers the content scripts' card requests. */
import dictionaryData from 'virtual:medgloss/dictionary';
import { Dictionary } from '@/dictionary/index';
import { onMessage } from '@/utils/messages';

export default defineBackground(() => {
  const dictionary = new Dictionary(dictionaryData);
  onMessage('getEntries', ({ data: ids }) => {
    const seen = new Set<string>();
    return ids.flatMap((id) => dictionary.withLinked(id)).filter((e) => !seen.has(e.id) && seen.add(e.id));
  });
});
