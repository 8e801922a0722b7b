import type { Answer, Answerer } from '../search/answer.ts';
import type { Turn } from '../search/turn.ts';

export type { Turn } from '../search/turn.ts';

/** Roles remembered as discussed lately: a pair, and one more for "which is highest" among three. */
const RECENT_ROLES = 3;
/** Topics remembered as answered lately, for "back to my first question": a thread's first few. */
const RECENT_TOPICS = 4;

/**
 * Where conversations are remembered, by key (a DM channel, or channel + thread ts). In process by default;
 * the storage layer puts the same interface on a shared database so any instance can carry a conversation.
 */
export type ContextStore = {
  get(key: string): Promise<Turn | null>;
  set(key: string, turn: Turn): Promise<void>;
};

/** How long a conversation is remembered after its last answered question. */
export const CONTEXT_TTL_MS = 30 * 60 * 1000;
/** Bounds the in-process store; the oldest conversation goes first. */
const MAX_CONVERSATIONS = 10_000;

export function createMemoryContextStore(ttlMs = CONTEXT_TTL_MS, now: () => number = Date.now): ContextStore {
  const turns = new Map<string, { turn: Turn; expires: number }>();
  return {
    async get(key) {
      const entry = turns.get(key);
      if (!entry) return null;
      if (entry.expires <= now()) {
        turns.delete(key);
        return null;
      }
      return entry.turn;
    },
    async set(key, turn) {
      turns.delete(key);
      if (turns.size >= MAX_CONVERSATIONS) turns.delete(turns.keys().next().value!);
      turns.set(key, { turn, expires: now() + ttlMs });
    },
  };
}

/**
 * Answers one message of a conversation: read with the conversation's last answered question, and remembered
 * when it is answered. A declined or small-talk message leaves the thread as it was.
 */
export async function converse(answerer: Answerer, store: ContextStore, key: string, text: string): Promise<Answer> {
  const previous = await store.get(key).catch(() => null);
  const answer = answerer.ask(text, previous);
  const turn = turnAfter(answer, previous);
  if (turn) await store.set(key, turn).catch(() => {});
  return answer;
}

/**
 * A card opened by a button in a conversation (a topic, a comparison) moves it on as an answered question does.
 * A store that fails costs only the follow-up's context, never the reply.
 */
export async function rememberAnswer(store: ContextStore, key: string, answer: Answer): Promise<void> {
  const previous = await store.get(key).catch(() => null);
  const turn = turnAfter(answer, previous);
  if (turn) await store.set(key, turn).catch(() => {});
}

/**
 * The turn a conversation is at after these messages (oldest first), as converse() would have kept it: each message
 * read with the turn before it, the turn moving on only when a message is answered. For tools given a conversation's
 * earlier messages (npm run ask's "previous").
 */
export function replay(answerer: Answerer, messages: readonly string[]): Turn | null {
  let turn: Turn | null = null;
  for (const message of messages) {
    turn = turnAfter(answerer.ask(message, turn), turn) ?? turn;
  }
  return turn;
}

/** The turn an answer moves a conversation to: only an answered question does (declines and small talk don't). */
function turnAfter(answer: Answer, previous: Turn | null): Turn | null {
  if (answer.kind !== 'answer' || !answer.topic) return null;
  const recent = [...new Set([...answer.roles, ...(previous?.recent ?? previous?.roles ?? [])])].slice(0, RECENT_ROLES);
  const earlier = previous ? (previous.topics ?? [previous.topic]) : [];
  // The first topic is kept when the list is full: "back to my first question" goes to it.
  const kept = [...new Set([answer.topic, ...earlier])];
  const topics = kept.length > RECENT_TOPICS ? [...kept.slice(0, RECENT_TOPICS - 1), kept.at(-1)!] : kept;
  return { topic: answer.topic, roles: answer.roles, recent, topics };
}
