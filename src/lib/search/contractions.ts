// Contractions typed without their apostrophe ("wasnt", "im", "shouldve") get it back, so they read right when the
// search repeats the query and count as the fillers they are. Forms that are also words ("its", "were", "well",
// "ill", "lets", "id") are left alone.
const CONTRACTIONS = (
  "aren't can't couldn't didn't doesn't don't hadn't hasn't haven't isn't mustn't needn't shan't shouldn't wasn't " +
  "weren't won't wouldn't ain't i'm i've you're you've you'll you'd he's she's it'll that's there's " +
  "what's where's who's how's they're they've they'll they'd we've should've could've would've might've " +
  "must've"
).split(' ');

const WITHOUT_APOSTROPHE = new Map(CONTRACTIONS.map((word) => [word.replace("'", ''), word]));

/** "wasnt" → "wasn't"; any other word comes back as it was. */
export function restoreApostrophe(word: string): string {
  return WITHOUT_APOSTROPHE.get(word) ?? word;
}
