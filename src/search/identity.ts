import type { RoleId } from '../knowledge/schema.ts';
import type { Lexicon } from './lexicon.ts';

/**
 * Whether two titles name one job (issue 18): "is a patient navigator basically a care manager?", "are caseworkers and
 * case managers the same job?", "is a geriatric care manager a different job from a care manager or same thing",
 * "care navigator = care manager?". English asks it in a few shapes, read here from a sentence's stemmed tokens and
 * the titles it names: the verb "be" linking two titles with nothing but hedges between (a predicate nominative),
 * a word of identity predicated of two titles ("the same", "a different job"), or a noun for a title ("a fair title
 * for"). What is asked is what each role is; whether the two are one is said only where the facts write the title.
 */

/** A title a sentence names, as a span of its tokens: a role as typed, another job (with its modifiers), or a pointer. */
export type TitleSpan = { start: number; end: number; kind: 'role' | 'job' | 'pointer'; role?: RoleId };

/** The present of "be", as the tokens read it: the verb that links a subject to what it is. */
const BE = new Set(['is', 'are', 'isnt', 'arent']);
/**
 * English's words that may stand between "be" and what something is said to be, as hedges or classifiers ("is a
 * navigator *basically just* a care manager", "*kind of* the same as", "*a type of* social worker", "*pretty much*",
 * "*a glorified*"): a closed class of degree adverbs, articles and the nouns of kind.
 */
const HEDGES = new Set([
  ...['a', 'an', 'the', 'just', 'basically', 'really', 'actually', 'essentially', 'simply', 'merely', 'only'],
  ...['pretty', 'much', 'kind', 'kinda', 'sort', 'sorta', 'of', 'type', 'form', 'version'],
  ...['technically', 'glorified', 'fancy', 'fancier', 'also', 'still', 'considered', 'so', 'then'],
  ...['literally', 'sometimes', 'usually', 'always', 'mostly', 'generally', 'same', 'as', 'thing'],
]);
/** Words that may open the sentence before its subject: "*so* a care manager is basically ...". */
const OPENERS = new Set(['so', 'ok', 'okay', 'wait', 'and', 'but', 'then', 'hmm', 'lol', 'a', 'an', 'the']);
/**
 * Words of identity said of two titles: "the *same* job", "a *different* job from", "a *separate* role", "one and the
 * same", "*interchangeable*".
 */
const IDENTITY_WORDS = new Set([
  ...['same', 'different', 'separate', 'distinct', 'identical', 'equivalent', 'interchangeable', 'synonymous'],
  ...['other', 'whole', 'diff'],
]);
/**
 * Nouns that stand in for a job after a word of identity ("the same *thing*", "a different *job*", "a separate
 * *role*"): what is compared is the job itself, not a thing it needs ("the same degree").
 */
export const JOB_PLACEHOLDERS = new Set([
  ...['thing', 'job', 'role', 'position', 'title', 'profession', 'career', 'occupation', 'person', 'gig', 'name'],
  ...['deal', 'animal', 'field', 'one'],
]);
/** What may follow a word of identity when nothing is named after it: "... or *same*?", "one and the same". */
const IDENTITY_ENDS = new Set(['or', 'from', 'than', 'to', 'as', 'right', 'then', 'really', 'basically', 'tho']);
/** The nouns English asks a title to be for a job ("a fair *title* for", "another *name* for", "the right *word* for"). */
export const NAMING = new Set(['name', 'word', 'term', 'title']);
/** Pointers that stand for a thread's role in a sentence likening it: "is a navigator basically *that*?". */
export const TITLE_POINTERS = new Set(['that', 'this', 'she', 'he', 'they']);

/**
 * The titles a sentence asks to be one job, given the titles it names; none when it asks no such thing. Those
 * named around the question ("*our recruiter* keeps using them like they're the same thing") are not among them.
 */
export function identityAsked(tokens: readonly string[], titles: readonly TitleSpan[], typed: string): TitleSpan[] {
  const named = titles.filter((t) => t.kind !== 'pointer');
  if (named.length === 0) return [];
  const naming = namingFor(tokens, titles);
  if (naming.length > 0) return naming;
  if (typed.includes('=') && named.length >= 2) return named;
  const pair = linked(tokens, titles);
  if (pair.length > 0) return pair;
  const between = differenceBetween(tokens, named);
  return between.length > 0 ? between : sameOrDifferent(tokens, named);
}

/** The nouns of difference before "between": "the *difference* between a UR nurse and a case manager". */
const DIFFERENCE = new Set(['difference', 'diff', 'differenc']);

/** "the difference between T1 and T2": the two titles set apart, as "how is T1 different from T2" does. */
function differenceBetween(tokens: readonly string[], named: readonly TitleSpan[]): TitleSpan[] {
  const at = tokens.findIndex((token, i) => DIFFERENCE.has(token) && tokens[i + 1] === 'between');
  if (at < 0) return [];
  const [first, second] = named.filter((t) => t.start > at);
  if (!first || !second) return [];
  const joined = tokens.slice(first.end, second.start).filter((w) => !HEDGES.has(w));
  return joined.length === 1 && JOINING.has(joined[0]!) ? [first, second] : [];
}

/** Relative pronouns that open what restricts a title: "a case manager *who* does home visits". */
const RELATIVES = new Set(['who', 'that', 'which', 'whose']);

/**
 * Where a relative clause restricting the last title likened begins ("is a care manager basically just a case manager
 * *who does home visits*?"), or -1: it says which of its kind is meant, not what is asked of it.
 */
export function restrictedFrom(tokens: readonly string[], likened: readonly TitleSpan[]): number {
  const last = likened.at(-1);
  return last && RELATIVES.has(tokens[last.end] ?? '') ? last.end : -1;
}

/**
 * "be" linking two titles: "is a navigator basically a care manager", "so a care manager is basically a private duty
 * nurse?", "isn't a case manager just a discharge planner?"; the second followed by nothing of its own noun phrase
 * (not "is that a case manager *thing*"). Not a modal's "be" ("can an LPN be a case manager": whether one may become
 * one), which is no present of "be".
 */
function linked(tokens: readonly string[], titles: readonly TitleSpan[]): TitleSpan[] {
  const at = titles.findIndex((first, k) => {
    const second = titles[k + 1];
    if (!second || (first.kind === 'pointer' && second.kind === 'pointer')) return false;
    const between = tokens.slice(first.end, second.start);
    const before = tokens.slice(0, first.start);
    const inverted = BE.has(before.at(-1) ?? '') || (BE.has(before.at(-2) ?? '') && HEDGES.has(before.at(-1)!));
    const opened = inverted && before.slice(0, -1).every((t) => OPENERS.has(t) || BE.has(t));
    const declared = before.every((t) => OPENERS.has(t)) && between.filter((t) => BE.has(t)).length === 1;
    const hedged = between.every((t) => HEDGES.has(t) || BE.has(t));
    // "is that the case manager's *job*" (a role's alias may end in one) asks whose job it is.
    const after = tokens[second.end];
    const owned = JOB_PLACEHOLDERS.has(tokens[second.end - 1]!) || (after !== undefined && JOB_PLACEHOLDERS.has(after));
    return (opened || declared) && hedged && !owned;
  });
  return at < 0 ? [] : [titles[at]!, titles[at + 1]!];
}

/** Words that join two titles as one subject of what is said of both: "caseworkers *and* case managers". */
const JOINING = new Set(['and', 'or', 'vs', 'versus', 'v', 'n', '&']);
/** Words that name what a title is compared with, after a word of identity: "a different job *from* a care manager". */
const COMPARED = new Set(['from', 'than', 'to', 'as', 'with']);

/**
 * Two titles a word of identity is said of (identityPredicated): joined before it ("are caseworkers *and* case
 * managers the same job?", "X vs Y - same job?" is read with the fragment), or the subject before it and what it is
 * compared with after ("is a geriatric care manager a different job *from* a regular care manager").
 */
function sameOrDifferent(tokens: readonly string[], named: readonly TitleSpan[]): TitleSpan[] {
  const word = identityPredicated(tokens);
  if (word < 0) return [];
  const before = named.filter((t) => t.end <= word);
  const joined = before.findIndex((t, k) => {
    const next = before[k + 1];
    if (!next) return false;
    const between = tokens.slice(t.end, next.start).filter((w) => !HEDGES.has(w));
    return between.length === 1 && JOINING.has(between[0]!);
  });
  if (joined >= 0) return [before[joined]!, before[joined + 1]!];
  const after = named.find((t) => t.start > word && tokens.slice(word, t.start).some((w) => COMPARED.has(w)));
  return before.length > 0 && after ? [before.at(-1)!, after] : [];
}

/**
 * A word of identity said of the titles ("are caseworkers and case managers *the same job*?", "a *different job
 * from*", "*one and the same*", "*interchangeable*"): followed by a noun standing in for a job, by nothing of its own,
 * or by what it is compared with. Not "the same degree" (a thing the jobs need), nor "the same for" (the question
 * asked again).
 */
export function identityPredicated(tokens: readonly string[]): number {
  return tokens.findIndex((token, i) => {
    if (!IDENTITY_WORDS.has(token)) return false;
    let j = i + 1;
    while (IDENTITY_WORDS.has(tokens[j] ?? '')) j += 1;
    const next = tokens[j];
    if (JOB_PLACEHOLDERS.has(next ?? '')) return true;
    // "other" and "whole" qualify a noun; alone they compare nothing ("the other", "as a whole").
    if (token === 'other' || token === 'whole') return false;
    return next === undefined || IDENTITY_ENDS.has(next);
  });
}

/**
 * A noun for a title before "for" with a title before it ("is 'client coordinator' a fair *title for* a care
 * manager"): that title, and the one after "for" when one is named there (else it is the thread's: "for the second one").
 */
function namingFor(tokens: readonly string[], titles: readonly TitleSpan[]): TitleSpan[] {
  const at = tokens.findIndex((token, i) => NAMING.has(token) && tokens[i + 1] === 'for');
  const subject = titles.filter((t) => t.kind !== 'pointer' && t.end <= at).at(-1);
  if (at < 0 || !subject) return [];
  const object = titles.find((t) => t.start > at);
  return object ? [subject, object] : [subject];
}

/**
 * The most words before a job's head that its title may have: "a *home health* aide", "a *utilization review* nurse".
 * Higher takes more of what comes before a title as its name; lower leaves a long title's first words to be read as terms.
 */
const TITLE_MODIFIERS = 3;

/**
 * A job's span widened to the words before its head that make its title ("a *discharge* nurse", "a *private duty*
 * nurse"), back to a word of grammar, a hedge or another title: no more than TITLE_MODIFIERS words.
 */
export function withModifiers(
  span: TitleSpan,
  tokens: readonly string[],
  lexicon: Lexicon,
  taken: (at: number) => boolean,
): TitleSpan {
  let start = span.start;
  while (span.start - start < TITLE_MODIFIERS && titleModifierAt(tokens, lexicon, taken, start - 1)) start -= 1;
  return { ...span, start };
}

/** A word a title's modifier may be. Module-level, not a closure: under tsx every named closure is renamed on creation. */
const titleModifierAt = (tokens: readonly string[], lexicon: Lexicon, taken: (at: number) => boolean, at: number) =>
  at >= 0 && !taken(at) && !lexicon.stopwords.has(tokens[at]!) && !HEDGES.has(tokens[at]!) && !BE.has(tokens[at]!);

/**
 * Whether a one-word alias is a short form of the role's longer aliases: its letters their words' initials ("ncm":
 * nurse case manager). A short form stands for an alias the facts may write in full, so it names no title of its own;
 * a word ("caseworker") does.
 */
export function isInitialism(word: string, lexicon: Lexicon): boolean {
  for (const phrase of lexicon.own.keys()) {
    const parts = phrase.split(' ');
    if (parts.length > 1 && parts.map((p) => p[0]).join('') === word) return true;
  }
  return false;
}

/**
 * Whether titles likened are two of our roles, each by a title of its own ("how is a caseworker different from a care
 * manager"): the roles compared, which the facts do, not a title to be settled.
 */
export const ownRolesCompared = (likened: readonly TitleSpan[]) =>
  new Set(likened.map((t) => t.role)).size > 1 && likened.every((t) => t.kind === 'role' && t.role !== undefined);
