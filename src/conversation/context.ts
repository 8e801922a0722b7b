import type { Answer, Answerer } from '../search/answer.ts';
import type { RoleId, TopicId } from '../knowledge/schema.ts';
import type { Turn } from '../search/turn.ts';

export type { Turn } from '../search/turn.ts';

/** Roles remembered as discussed lately: a pair, and one more for "which is highest" among three. */
const RECENT_ROLES = 3;
/** Topics remembered as answered lately, for "back to my first question": a thread's first few. */
const RECENT_TOPICS = 4;

/**
 * Where conversations are remembered, by key (a DM channel, or channel + thread ts). The storage layer keeps it on
 * the database (SQLite, in memory where nothing is to be kept, or PostgreSQL shared by every instance).
 */
export type ContextStore = {
  get(key: string): Promise<Turn | null>;
  set(key: string, turn: Turn): Promise<void>;
};

/** How long a conversation is remembered after its last answered question. */
export const CONTEXT_TTL_MS = 30 * 60 * 1000;

/**
 * Answers one message of a conversation: read with the conversation's last answered question, and remembered
 * when it is answered. A declined or small-talk message leaves the thread as it was.
 */
export async function converse(answerer: Answerer, store: ContextStore, key: string, text: string): Promise<Answer> {
  const previous = await store.get(key).catch(() => null);
  const answer = answerer.ask(text, previous);
  const turn = turnAfter(answer, previous, answerer.kb.settings.mainPair);
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
    turn = turnAfter(answerer.ask(message, turn), turn, answerer.kb.settings.mainPair) ?? turn;
  }
  return turn;
}

/**
 * The turn an answer moves a conversation to: an answered question does, and another job's question moves it to the
 * topic it asked, for the roles the thread had (or the main pair); other declines and small talk don't.
 */
function turnAfter(answer: Answer, previous: Turn | null, mainPair: readonly RoleId[] = []): Turn | null {
  const roles = previous?.roles ?? [...mainPair];
  if (answer.kind === 'declined' && answer.askedTopic && roles.length > 0) {
    return {
      ...(previous ?? { roles }),
      topic: answer.askedTopic,
      roles,
      topics: topicsAfter(answer.askedTopic, previous),
    };
  }
  if (answer.kind !== 'answer' || !answer.topic) return null;
  const recent = [...new Set([...answer.roles, ...(previous?.recent ?? previous?.roles ?? [])])].slice(0, RECENT_ROLES);
  const chosen = answer.chosen ? { chosen: answer.chosen } : {};
  return { topic: answer.topic, roles: answer.roles, recent, topics: topicsAfter(answer.topic, previous), ...chosen };
}

/** The topics a thread answered lately, with this one first; its first is kept when the list is full. */
function topicsAfter(topic: TopicId, previous: Turn | null): TopicId[] {
  const earlier = previous ? (previous.topics ?? [previous.topic]) : [];
  const kept = [...new Set([topic, ...earlier])];
  return kept.length > RECENT_TOPICS ? [...kept.slice(0, RECENT_TOPICS - 1), kept.at(-1)!] : kept;
}
