// The file the build writes next to Pagefind's index (pagefind/search-data.json) and the search code loads with it:
// the site's word list for spelling, the readers' words (from src/data/search.json), and the pages to offer when
// nothing matches, with their titles from the index. Fetched with Pagefind, it keeps all this out of the script.
import type { ReadersWordGroup } from './readers-words.ts';
import type { StartPage } from './run.ts';
import type { VocabularyData } from './vocabulary.ts';

export const SEARCH_DATA_FILE_NAME = 'search-data.json';

export interface SearchDataFile {
  vocabulary: VocabularyData;
  readersWords: ReadersWordGroup[];
  start: StartPage[];
}
