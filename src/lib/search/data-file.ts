// The file the build writes next to Pagefind's index (pagefind/search-data.json) and the search code loads with it:
// the site's word list for spelling, and the pages to offer when nothing matches, with their titles from the index.
import type { StartPage } from './run.ts';
import type { VocabularyData } from './vocabulary.ts';

export const SEARCH_DATA_FILE_NAME = 'search-data.json';

export interface SearchDataFile {
  vocabulary: VocabularyData;
  start: StartPage[];
}
