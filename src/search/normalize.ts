/** Longest question the matcher reads; longer text is cut, and the answer says so. */
export const MAX_QUESTION_CHARS = 500;

// Slack wraps mentions, channels and links in <...>: for matching they are noise, the label of a link aside.
const SLACK_MARKUP = /<([@#!][^>|]*)(?:\|[^>]*)?>|<(?:https?|mailto):[^>|]*(?:\|([^>]*))?>/g;

export function stripSlackMarkup(text: string): string {
  return text.replace(SLACK_MARKUP, (_match, _id, label: string | undefined) => ` ${label ?? ''} `);
}

/**
 * Folds what people type into comparable words: case, accents, typographic quotes, punctuation and spacing.
 * Apostrophes are dropped so "manager's" and "managers" read alike.
 */
export function normalize(text: string): string {
  return stripSlackMarkup(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .replace(/[^\p{L}\p{N}$]+/gu, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  const normalized = normalize(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** A light plural stemmer: enough to make "duties"/"duty" and "managers"/"manager" meet, applied alike to data. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export function stemPhrase(phrase: string): string {
  return tokenize(phrase).map(stem).join(' ');
}
