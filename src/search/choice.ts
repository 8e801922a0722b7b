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
