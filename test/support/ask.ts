import { replay } from '../../src/conversation/context.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { type Answerer, createAnswerer } from '../../src/search/answer.ts';

/** The roles of an answer as a card names them. */
export const CASE = ['case-manager'];
export const CARE = ['care-manager'];
export const BOTH = ['case-manager', 'care-manager'];

/**
 * A thread as a person types it, through the answerer: the last message is the question, the ones before it the
 * thread (replayed). What comes back is what the card shows: its kind, topic, roles, covered line, why it was given
 * and the small talk or other job it answered.
 */
export function askIn(answerer: Answerer, ...messages: string[]) {
  const question = messages.at(-1) ?? '';
  const a = answerer.ask(question, replay(answerer, messages.slice(0, -1)));
  return {
    kind: a.kind,
    topic: a.topic,
    roles: a.roles,
    covered: a.covered,
    reason: a.reason,
    smalltalk: a.smalltalk,
    otherJob: a.otherJob,
  };
}

let shipped: Answerer | undefined;
/** askIn over the shipped knowledge (one answerer, built on first use). */
export const ask = (...messages: string[]) => {
  shipped ??= createAnswerer(loadKnowledge());
  return askIn(shipped, ...messages);
};
