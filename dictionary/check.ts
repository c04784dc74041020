/** `npm run dictionary:check`: validates the curated entries and prints each problem. */
import { loadCuratedEntries } from './load';
import { DictionaryError } from './schema';

try {
  const entries = loadCuratedEntries();
  console.log(`${entries.length} curated entries are valid.`);
} catch (error) {
  console.error(error instanceof DictionaryError ? error.message : error);
  process.exit(1);
}
