/**
 * The respect in which a question is asked, named apart from it (issue 18): "would she qualify for the care manager
 * opening instead, *education-wise*", "ok and *experience wise* how many years", "what about *in terms of* schooling",
 * "and *as far as* certification goes?". English names it with the suffix "-wise" after a noun (typed with a hyphen, a
 * space or none), or with a phrase of respect before one. What the question asks is that aspect, whatever else its
 * words speak of ("qualify" is said of certifications too) and whatever the thread was on.
 */

/** The stemmed tokens a hyphenated or spaced "-wise" reads as: "education-wise" is "education wise". */
const WISE = 'wise';
/** English's phrases of respect, stemmed as the tokens are, before the noun they name: "*in terms of* schooling". */
const RESPECT: readonly (readonly string[])[] = [
  ['in', 'term', 'of'],
  ['as', 'far', 'as'],
  ['when', 'it', 'come', 'to'],
  ['with', 'regard', 'to'],
  ['with', 'respect', 'to'],
  ['regarding'],
  ['concerning'],
];
/**
 * How many words after a phrase of respect its noun may be reached in: "in terms of *the* certification". Higher reaches
 * into what the question goes on to ask; lower misses a noun with words before it.
 */
const RESPECT_REACH = 3;

/**
 * Where the noun naming the respect is: the span of tokens before "wise", or the words right after a phrase of
 * respect (`RESPECT_REACH` of them, the first term read there naming it); null when the sentence names none. "other",
 * "like" and "clock" before "wise" make other words ("otherwise" typed apart, "likewise", "clockwise").
 */
export function respectNamed(tokens: readonly string[]): { from: number; to: number } | null {
  const wise = tokens.findIndex((token, i) => token === WISE && i > 0 && !NOT_RESPECT.has(tokens[i - 1]!));
  if (wise > 0) return { from: wise - 1, to: wise };
  for (let i = 0; i < tokens.length; i++) {
    // Most words start no phrase of respect: only those that do are compared with the phrases.
    if (!RESPECT_STARTS.has(tokens[i]!)) continue;
    const phrase = RESPECT.find((words) => words.every((word, k) => tokens[i + k] === word));
    if (phrase) return { from: i + phrase.length, to: Math.min(tokens.length, i + phrase.length + RESPECT_REACH) };
  }
  return null;
}
const RESPECT_STARTS = new Set(RESPECT.map((words) => words[0]!));
const NOT_RESPECT = new Set(['other', 'like', 'clock', 'street', 'penny', 'pound']);
