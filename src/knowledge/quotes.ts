/** Quotes traced to their source's text, and, for one that is not there, the passage it most likely meant. */

/** Text as quotes are compared: runs of white space as one, typographic quotes and dashes as typed, any case. */
export const squash = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** A word as quotes and sources are compared word by word: squashed, its punctuation at either end set aside. */
const wordKey = (word: string) => squash(word).replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, '');

/**
 * Below this share of a quote's words found in one passage, no passage is "closest": the quote is probably from
 * another source, and marking every word would say nothing.
 */
const MIN_SHARED_WORDS = 0.4;
/** Words shown around the closest passage, so a keeper finds it in the source. */
const CONTEXT_WORDS = 2;

/** The longest common subsequence of two word lists, as which positions of each belong to it. */
function common(a: readonly string[], b: readonly string[]): { inA: boolean[]; inB: boolean[] } {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  const inA = a.map(() => false);
  const inB = b.map(() => false);
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      inA[i++] = true;
      inB[j++] = true;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return { inA, inB };
}

/** The start of the run of `size` source words sharing the most words with the quote. */
function bestWindow(
  source: readonly string[],
  quote: readonly string[],
  size: number,
): { start: number; shared: number } {
  const wanted = new Map<string, number>();
  for (const word of quote) wanted.set(word, (wanted.get(word) ?? 0) + 1);
  let best = { start: 0, shared: -1 };
  for (let start = 0; start <= Math.max(0, source.length - size); start++) {
    const left = new Map(wanted);
    let shared = 0;
    for (const word of source.slice(start, start + size)) {
      const n = left.get(word) ?? 0;
      if (n > 0) {
        shared++;
        left.set(word, n - 1);
      }
    }
    if (shared > best.shared) best = { start, shared };
  }
  return best;
}

const marked = (words: readonly string[], keep: readonly boolean[]) =>
  words.map((w, i) => (keep[i] ? w : `«${w}»`)).join(' ');

/**
 * For a quote not found in `text`: the source's passage closest to it and the quote, each with the words that
 * differ marked «so», or null when no passage shares enough words with it.
 */
export function closestPassage(quote: string, text: string): { quote: string; source: string } | null {
  const sourceWords = text.split(/\s+/).filter(Boolean);
  const quoteWords = quote.split(/\s+/).filter(Boolean);
  const sourceKeys = sourceWords.map(wordKey);
  const quoteKeys = quoteWords.map(wordKey);
  if (quoteKeys.length === 0 || sourceKeys.length === 0) return null;
  const { start, shared } = bestWindow(sourceKeys, quoteKeys, quoteKeys.length);
  if (shared < quoteKeys.length * MIN_SHARED_WORDS) return null;
  // The window may have cut a word the quote left out or added: look a little wider, and mark what differs.
  const from = Math.max(0, start - CONTEXT_WORDS);
  const to = Math.min(sourceWords.length, start + quoteKeys.length + CONTEXT_WORDS);
  const { inA, inB } = common(quoteKeys, sourceKeys.slice(from, to));
  // Words around the passage that the quote does not have are context, not differences.
  const first = inB.indexOf(true);
  const last = inB.lastIndexOf(true);
  const passage = sourceWords
    .slice(from, to)
    .map((word, i) => (i < first || i > last ? word : inB[i] ? word : `«${word}»`));
  const shown = passage.join(' ');
  return {
    quote: marked(quoteWords, inA),
    source: `${from > 0 ? '… ' : ''}${shown}${to < sourceWords.length ? ' …' : ''}`,
  };
}
