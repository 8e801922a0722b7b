/**
 * The line a card says first for a gap (gaps.json) that the facts shown answer for some roles only, or state in part
 * (`touches`): it must not contradict them. It names the roles still unanswered ("For case managers, nothing in the
 * sources mentions CPR…" beside another role's BLS fact), says "nothing else" beside a fact that states part of it,
 * and drops from the sentence's closing list what such a fact states ("…: nothing on schedules, nights, on-call or
 * overtime." beside "they work one weekend in four").
 */
import { BOTH, type Aspect, type CitedFact, type RoleId } from '../knowledge/schema.ts';
import type { FactGroup } from './citations.ts';
import { stem, tokenize } from './normalize.ts';

/**
 * An item's words of this many letters or more decide whether a fact states it ("weekends"); shorter ones ("on") never
 * do. Lower lets grammar words drop an item a fact does not state; higher keeps short items a fact does state.
 */
const MIN_ITEM_WORD = 4;

/**
 * What the facts shown say of a gap: the roles they leave unanswered, and for each of them the facts shown that state
 * part of it (`touches`).
 */
export type GapShown = { unanswered: RoleId[]; touching: CitedFact[][]; settled: boolean };

/**
 * An aspect asked as who pays for a thing ("does the hospital pay for the CCM exam": analyze.ts reads the thing's
 * cost): a fact that touches it and says someone pays ("the hospital reimburses the full exam fee") answers who pays,
 * though not what it costs.
 */
export type PaidFor = Aspect & { readonly paidFor: true };
const paidForOf = new WeakMap<Aspect, PaidFor>();
/** The aspect asked as who pays for its thing: one object per aspect, so it is counted once however often asked. */
export function asPaidFor(aspect: Aspect): PaidFor {
  let paid = paidForOf.get(aspect);
  if (!paid) {
    paid = Object.assign({}, aspect, { paidFor: true as const });
    paidForOf.set(aspect, paid);
  }
  return paid;
}
/** A fact's verb of someone paying: "reimburses", "pays", "covers", "funds", "sponsors". */
const PAYS = /\b(?:pays?|paid|reimburs\w*|covers?|covered|funds?|funded|sponsors?|sponsored)\b/i;

/** Whether a fact answers the aspect fully: it says so, or it touches who pays for a thing by saying who does. */
export function answersGap(fact: CitedFact, aspect: Aspect): boolean {
  if (fact.answers.includes(aspect.id)) return true;
  return 'paidFor' in aspect && fact.touches.includes(aspect.id) && PAYS.test(fact.text);
}

/**
 * Which roles asked about have no fact answering the aspect (a fact the main pair shares answers for both), and the
 * facts shown for those roles that touch it. No role unanswered: the gap is answered and no line is said. `asked`, the
 * aspect's ways a yes-or-no question asks with (`waysAsked`): a fact shown that writes each of them settles whether
 * (`settled`, for every role unanswered): "do they take weekend call?" beside "one weekend in five on call", marked
 * `touches` or not; the line stays for the rest, as beside a fact that touches it.
 */
export function gapShown(aspect: Aspect, groups: readonly FactGroup[], asked: readonly string[][][] = []): GapShown {
  const shared = groups.find((g) => g.role === BOTH)?.facts ?? [];
  const left = groups.filter((g) => g.role !== BOTH && !factsOf(g, shared).some((f) => answersGap(f, aspect)));
  return {
    unanswered: left.map((g) => g.role),
    touching: left.map((g) => factsOf(g, shared).filter((f) => f.touches.includes(aspect.id) || writesAsked(f, asked))),
    settled: left.length > 0 && left.every((g) => factsOf(g, shared).some((f) => writesAsked(f, asked))),
  };
}

/** A role's facts shown, and those the main pair shares (which answer for both). */
const factsOf = (group: FactGroup, shared: readonly CitedFact[]) => [...group.facts, ...shared];

/** Whether a fact writes each of the ways a yes-or-no question asked (none asked: it writes nothing asked). */
const writesAsked = (fact: CitedFact, asked: readonly string[][][]) => asked.length > 0 && writesAll(fact, asked);

/**
 * The aspect's ways a yes-or-no question asks it with (stemmed words; the longest where one holds another: "sign on
 * bonus", not "bonus"), in the sentence that opens with a verb of asking whether ("do", "is", "can" …; "is there"),
 * each with the aspect's ways that say the same thing (`sameThing`). A question asking for what the aspect is ("what
 * is the tuition", "how much is the fee") gets none: a fact writing the word does not give its value.
 */
export function waysAsked(aspect: Aspect, question: string, grammar: Grammar): string[][][] {
  const found: string[][] = [];
  for (const sentence of question.split(/[.?!;]+/)) {
    const words = tokenize(sentence).map(stem);
    if (!grammar.yesNo.has(words[0] ?? '')) continue;
    for (const way of aspect.ways) {
      const phrase = tokenize(way).map(stem);
      if (phrase.length > 0 && at(words, phrase) >= 0) found.push(phrase);
    }
  }
  const longest = found.filter((way) => !found.some((other) => other.length > way.length && at(other, way) >= 0));
  return longest.map((way) => sameThing(aspect, way, grammar.lightVerbs));
}

/** English's grammar words these readings need, from analyze.ts (which imports this module): passed in. */
export type Grammar = { yesNo: ReadonlySet<string>; lightVerbs: ReadonlySet<string> };

/** Words before what a way names that only carry it: a light verb or a preposition ("*take* call", "*on* call"). */
const CARRYING = new Set(['taking', 'on', 'at', 'in', 'for']);
/** The way, and the aspect's other ways that name the same thing carried by another word ("on call" for "take call"). */
function sameThing(aspect: Aspect, way: string[], lightVerbs: ReadonlySet<string>): string[][] {
  const what = namedBy(way, lightVerbs);
  const others = aspect.ways
    .map((w) => tokenize(w).map(stem))
    .filter((w) => w.length > 1 && namedBy(w, lightVerbs) === what);
  return [way, ...others];
}

/** What a way names without the word that carries it: "call" of "take call" and of "on call". */
const namedBy = (way: readonly string[], lightVerbs: ReadonlySet<string>) =>
  (way.length > 1 && carries(way[0]!, lightVerbs) ? way.slice(1) : way).join(' ');

/** A light verb or a preposition: a word that only carries what follows it. */
const carries = (word: string, lightVerbs: ReadonlySet<string>) => lightVerbs.has(word) || CARRYING.has(word);

/** Where `phrase` starts in `words`, word for word (one word in two forms counts: `root`), or -1. */
function at(words: readonly string[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++)
    if (phrase.every((word, k) => words[i + k] === word || root(words[i + k]!) === root(word))) return i;
  return -1;
}

/**
 * A word's inflections this long or longer are cut to meet ("remotely" and "remote"); shorter words stay whole. Lower
 * lets more forms of a short word meet the facts (and more unrelated short words, "cased" and "case"); higher leaves
 * more of a long word's forms unsaid.
 */
const MIN_ROOT = 5;
/**
 * A word without its inflection or "-ly", and a final "e": "reimbursed", "reimburses" and "reimburse" meet, and
 * "speakers" meets "speak"; "caseload" stays apart from "case", as a prefix alone would not.
 */
function root(word: string): string {
  if (word.length < MIN_ROOT) return word;
  return word.replace(/(?:ing|ers|er|ed|es|ly|s|d)$/, '').replace(/e$/, '');
}

/** Whether the fact writes every one of the ways asked, each as a phrase or as one saying the same ("on-call"). */
function writesAll(fact: CitedFact, asked: readonly string[][][]): boolean {
  const words = tokenize(`${fact.text} ${fact.quote ?? ''}`).map(stem);
  return asked.every((ways) => ways.some((way) => at(words, way) >= 0));
}

/**
 * The aspect's sentence ({sources} left to name) as said beside what is shown: for the roles `unanswered` names
 * (when the answer is about more roles), "nothing else" and its list cut to what no touching fact states.
 */
export function partGapSentence(
  aspect: Aspect,
  shown: GapShown,
  roleCount: number,
  plural: (role: RoleId) => string,
): string {
  let sentence = aspect.gap;
  if (shown.touching.some((facts) => facts.length > 0)) {
    // An item is left out only when the facts of every role still unanswered state it.
    const stated = shown.touching.map(
      (facts) => new Set(facts.flatMap((f) => tokenize(`${f.text} ${f.quote ?? ''}`).map(stem))),
    );
    sentence = withoutStated(sentence, wayWords(aspect), stated).replace(/^Nothing in\b/, 'Nothing else in');
  }
  if (shown.unanswered.length === roleCount) return sentence;
  const roles = shown.unanswered.map(plural);
  const named = roles.length === 1 ? roles[0]! : `${roles.slice(0, -1).join(', ')} and ${roles.at(-1)}`;
  // "Nothing in …" reads on after a comma; a sentence opening with a short form ("CPR …") keeps its capitals.
  const lead = /^\p{Lu}\p{Ll}/u.test(sentence) ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;
  return `For ${named}, ${lead}`;
}

/** The stemmed words of an aspect's ways long enough to say what it asks ("weekend", "overtime"). */
function wayWords(aspect: Aspect): Set<string> {
  const phrases = [...aspect.ways, ...(aspect.together ?? []).flat()];
  return new Set(phrases.flatMap((way) => tokenize(way).map(stem)).filter((word) => word.length >= MIN_ITEM_WORD));
}

/**
 * The sentence without the items of its closing list (after a colon, or in closing brackets: "a, b, c or d") that
 * the facts state: every word of the item that is one of the aspect's ways is in them. An item with none stays; so
 * does a sentence with no such list. The first item's lead ("nothing on") moves to the first item kept.
 */
function withoutStated(
  sentence: string,
  ways: ReadonlySet<string>,
  stated: ReadonlyArray<ReadonlySet<string>>,
): string {
  const list = /^(.*?)(: | \()([^():]+?)(\)?)(\.?)$/s.exec(sentence);
  if (!list) return sentence;
  const [, head, open, body, close, stop] = list as unknown as [string, string, string, string, string, string];
  const joiner = / or [^,]+$/.test(body) ? ' or ' : / and [^,]+$/.test(body) ? ' and ' : ', ';
  const items = body.split(/, | or | and /);
  const lead = leadWords(items[0]!, ways);
  const kept = items.filter((item) => !stated.every((words) => isStated(item, ways, words)));
  if (kept.length === items.length) return sentence;
  if (kept.length === 0) return `${head}${stop}`;
  if (kept[0] !== items[0]) kept[0] = `${lead}${kept[0]}`;
  const joined = kept.length === 1 ? kept[0]! : `${kept.slice(0, -1).join(', ')}${joiner}${kept.at(-1)}`;
  return `${head}${open}${joined}${close}${stop}`;
}

/** The words before an item's first word that is one of the ways ("nothing on " of "nothing on schedules"). */
function leadWords(item: string, ways: ReadonlySet<string>): string {
  const words = item.split(' ');
  const first = words.findIndex((word) => ways.has(stem(tokenize(word)[0] ?? '')));
  return first > 0 ? `${words.slice(0, first).join(' ')} ` : '';
}

/** Every word of the item that is one of the ways is stated; an item with no such word is never taken as stated. */
function isStated(item: string, ways: ReadonlySet<string>, stated: ReadonlySet<string>): boolean {
  const words = tokenize(item)
    .map(stem)
    .filter((word) => ways.has(word));
  return words.length > 0 && words.every((word) => stated.has(word) || [...stated].some((s) => sameWord(word, s)));
}

/**
 * One word in two forms the plural stemmer leaves apart ("bonuses" and "bonus", "paced" and "pace"): all but the last
 * letter of the shorter in common, and at least MIN_ITEM_WORD letters.
 */
function sameWord(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_ITEM_WORD) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= Math.max(MIN_ITEM_WORD, shorter - 1);
}
