import type { RoleId } from '../knowledge/schema.ts';
import type { Lexicon } from './lexicon.ts';
import type { Match, Reading } from './reading.ts';
import type { Turn } from './turn.ts';

/** The question words that ask which of several: the answer is one of the roles compared, not both. */
export const CHOOSING = new Set(['which', 'who']);
/** English's demonstratives: before "one" they point at one of several ("that one", "this one"). */
export const DEMONSTRATIVE = new Set(['that', 'this']);

/**
 * The role a question choosing between roles falls on ("which one visits patients at home?" after the difference):
 * the one whose facts on the topic answered state more of what the question asks than any other role's do. The card
 * shows both roles' facts side by side; the thread remembers which one they single out, so "what does that one earn"
 * next asks of it. None when no role's facts state more (a tie, or a choice the facts leave to the asker).
 */
export function chosenRole(lexicon: Lexicon, reading: Reading, decided: Match): RoleId | undefined {
  if (!reading.choosing || decided.topic === null || decided.roles.length < 2) return undefined;
  // Words that tell facts apart: in the facts of few topics, no stopword, no role's head word (FactIndex.has).
  const asked = [...new Set(reading.askedOf.all)].filter((word) => lexicon.factWords.has(word));
  const stated = decided.roles.map((role) => {
    const words = lexicon.factWords.wordsOf(decided.topic!, role);
    return { role, count: asked.filter((word) => words.has(word)).length };
  });
  const most = Math.max(...stated.map((s) => s.count));
  const leaders = stated.filter((s) => s.count === most);
  return most > 0 && leaders.length === 1 ? leaders[0]!.role : undefined;
}

/**
 * The thread a message is read against when it points at one of several ("how much experience does that one need")
 * right after a choice fell on one role: that role's thread, and "that one" stands for the role, not for the thread's
 * thing (the work environment asked about), so the message's own topic words decide its topic. "The other one" after
 * such a choice is the role the choice did not fall on: read against the chosen role's thread, it turns to the other.
 */
export function onChosen(reading: Reading, turn: Turn): { reading: Reading; turn: Turn } | null {
  const pointed = reading.pointsAtOne || reading.otherRole;
  if (!turn.chosen || !pointed || reading.named.size > 0 || reading.both) return null;
  const asked: Reading['asked'] = (topic, roles) => reading.asked(topic, roles, false);
  return {
    reading: {
      ...reading,
      asked,
      pointsAtThing: () => false,
      pointsAtRoleItself: () => false,
      bearsOnThread: () => false,
    },
    turn: { ...turn, roles: [turn.chosen], recent: [...new Set([turn.chosen, ...(turn.recent ?? [])])] },
  };
}

/**
 * English's ordinals that pick one of a pair by its place ("*the second* one", "*the latter*"): the index, from the
 * end when negative. The place is the one the roles were shown in, which is the order the card listed them.
 */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 0],
  ['1st', 0],
  ['former', 0],
  ['second', 1],
  ['2nd', 1],
  ['latter', -1],
  ['last', -1],
]);
/** Determiners before a description that points at people: "*the* home visit ones", "*those* office people". */
const POINTING = new Set(['the', 'those', 'these']);
/** English's pro-forms and nouns for people of a kind: "the home visit *ones*", "the office *people*". */
const PEOPLE = new Set(['one', 'ones', 'people', 'folks', 'guys', 'person', 'side', 'type', 'kind']);
/** Adjectives that sort without describing ("the *other* one", "the *same* one", "the *new* ones"): no description. */
const SORTING = new Set([
  'other',
  'same',
  'different',
  'new',
  'main',
  'right',
  'best',
  'better',
  'only',
  'two',
  'both',
]);
/**
 * How many words a description of people may have: "the *hospital based* ones". Higher reads more of a sentence as a
 * description; lower misses a longer one.
 */
const DESCRIPTION_WORDS = 3;

/** What a message picks one of a thread's pair by: its place ("the second one"), or what it is said to do. */
export type Pick = { place: number } | { described: string[]; span: string[] } | null;

/** "*a* private one", "*an* in-home one": an indefinite article before a description picks one kind of the pair too. */
const INDEFINITE = new Set(['a', 'an']);
/**
 * English's particles that make a compound modifier with a word ("hands-*on*", "*in*-home", "*off*-site"), typed with
 * or without the hyphen: inside a description they are part of it, not grammar that ends it.
 */
const PARTICLES = new Set(['on', 'in', 'at', 'off', 'out', 'up']);
/**
 * What opens a description after the word for people: a relative pronoun or a preposition ("the one *who* visits at
 * home", "the one *from* the hospital", "the ones *at* the hospital").
 */
const POST_MODIFIERS = new Set(['who', 'that', 'whose', 'from', 'at', 'in', 'with']);
/** The words for people a description after them may modify: "the *one* from the hospital" (not "the side from"). */
const PEOPLE_MODIFIED = new Set(['one', 'ones', 'people', 'folks', 'guys', 'person']);

/**
 * "the second one", "the latter", "the home visit ones", "a private one", "the hands-on one", "one of the office
 * people", "the one from the hospital": one of the pair a thread is about, picked by its place or by a description
 * (1 to DESCRIPTION_WORDS words between a determiner and a word for people, none of them grammar but a particle of a
 * compound, an ordinal or a role's own word; or the telling words of DESCRIPTION_WORDS after a relative pronoun or a
 * preposition after the word for people). `own`: whether a word names a role by itself.
 */
export function pickIn(
  tokens: readonly string[],
  grammar: (word: string) => boolean,
  own: (word: string) => boolean,
): Pick {
  for (let i = 0; i < tokens.length; i++) {
    const definite = POINTING.has(tokens[i]!);
    if (!definite && !INDEFINITE.has(tokens[i]!)) continue;
    const place = ORDINALS.get(tokens[i + 1] ?? '');
    if (
      definite &&
      place !== undefined &&
      (tokens[i + 1] === 'former' || tokens[i + 1] === 'latter' || PEOPLE.has(tokens[i + 2] ?? ''))
    )
      return { place };
    const described = before(tokens, i, grammar, own) ?? (definite ? after(tokens, i, grammar, own) : null);
    if (described) return described;
  }
  return null;
}

/**
 * Whether a word tells what kind of the pair is meant: not grammar, not a word naming a role by itself, no ordinal or
 * sorting word. Module-level, taking what it reads: under tsx a named closure is renamed on every question.
 */
function telling(w: string, grammar: (w: string) => boolean, own: (w: string) => boolean): boolean {
  return !grammar(w) && !own(w) && !ORDINALS.has(w) && !SORTING.has(w);
}

/** The words between a determiner at `i` and a word for people, when they describe ("the *hands on* one"); else null. */
function before(
  tokens: readonly string[],
  i: number,
  grammar: (w: string) => boolean,
  own: (w: string) => boolean,
): Pick {
  let end = i + 1;
  while (end < tokens.length && end - i <= DESCRIPTION_WORDS && !PEOPLE.has(tokens[end]!)) end += 1;
  const described = tokens.slice(i + 1, end);
  // A particle of a compound ("hands-*on*") is part of the description, not grammar that ends it.
  const told = described.filter((w) => !(PARTICLES.has(w) && grammar(w)));
  const fits = told.length > 0 && told.every((w) => telling(w, grammar, own));
  return PEOPLE.has(tokens[end] ?? '') && fits ? { described: told, span: described } : null;
}

/** The telling words after "the one who/from/at ..." at `i` ("the one *from the hospital*"); else null. */
function after(
  tokens: readonly string[],
  i: number,
  grammar: (w: string) => boolean,
  own: (w: string) => boolean,
): Pick {
  if (!PEOPLE_MODIFIED.has(tokens[i + 1] ?? '') || !POST_MODIFIERS.has(tokens[i + 2] ?? '')) return null;
  const span = tokens.slice(i + 2, i + 3 + DESCRIPTION_WORDS);
  const described = span.filter((w) => telling(w, grammar, own));
  return described.length > 0 ? { described, span } : null;
}

/**
 * The role a pick falls on among the thread's pair: the one at its place, or the one whose facts (on any topic) state
 * more of the description's words than the other's do; none on a tie.
 */
export function pickedRole(lexicon: Lexicon, pick: Pick, roles: readonly RoleId[]): RoleId | undefined {
  if (pick === null || roles.length < 2) return undefined;
  if ('place' in pick) return pick.place < 0 ? roles.at(pick.place) : roles[pick.place];
  const stated = roles.map((role) => ({
    role,
    count: pick.described.filter((word) => lexicon.topicIds.some((t) => lexicon.factWords.wordsOf(t, role).has(word)))
      .length,
  }));
  const most = Math.max(...stated.map((s) => s.count));
  const leaders = stated.filter((s) => s.count === most);
  return most > 0 && leaders.length === 1 ? leaders[0]!.role : undefined;
}
