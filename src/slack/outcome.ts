import type { Answer } from '../search/answer.ts';
import type { Surface } from '../storage/index.ts';

/**
 * What a request ended with, told by the listener that answered it, from the answer the user actually got.
 * The outcome middleware reads it once (log line, insights record): nothing re-reads the request later.
 */
export type Outcome = {
  /** The card that was sent: ask, topic, compare, topics, help, home, feedback, smalltalk, ... */
  card: string;
  /** The answer behind the card, when there is one. */
  answer?: Answer;
  /** A 👍/👎, with the answer it was about (as its button carried it). */
  feedback?: { vote: 'up' | 'down'; topic: string | null; roles: string[]; question: string; surface?: Surface };
  /** How it was asked, where the request alone does not say: a channel message answered unasked, a shortcut. */
  surface?: Surface;
};

const KEY = 'careerBotOutcome';

/** Called by a listener once it has sent its reply. Bolt's context is per request. */
export function tellOutcome(context: Record<string, unknown>, outcome: Outcome): void {
  context[KEY] = outcome;
}

export function outcomeOf(context: Record<string, unknown>): Outcome | undefined {
  return context[KEY] as Outcome | undefined;
}
