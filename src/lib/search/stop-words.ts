// Words that carry no topic: question words, fillers and pronouns. A query keeps them only when it has nothing else
// ("what now" is still a search), and they never count towards ranking a page.
const STOP_WORDS = new Set(
  (
    'a about actually after again all also am an and any anything are as at be because been before being but by can ' +
    'could did do does doing even ever for from get getting go going got had has have having how i if in into is it ' +
    'its just know like me much my myself no not now of off on one only or our out over really said say should so ' +
    'some something still such than that the their them then there these they thing things think this those though ' +
    'to too up us very want was way we well were what when where which while who why will with would yet you your ' +
    // Contractions, with their apostrophe (contractions.ts restores it when a reader leaves it out).
    "i'm i've i'd i'll you're you've it's that's there's what's where's who's how's let's they're they've we're " +
    "we've he's she's isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't " +
    "haven't hasn't hadn't should've could've would've"
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
