import { answerMessage, renderRequest, type CardRequest, type Rendered } from '../blocks/index.ts';
import { converse, rememberAnswer, type ContextStore } from '../conversation/context.ts';
import type { Answerer } from '../search/answer.ts';
import type { ListenerDeps } from './listeners/deps.ts';
import { fromSlackText, parseRequest } from './parse-request.ts';

/**
 * Where a conversation is remembered: a DM by its channel, a thread by channel and thread ts. A thread inside
 * a DM starts from what the DM itself was about (`parent`), so replying in a thread under an answer follows it.
 */
export type ConversationPlace = { key: string; parent?: string };

export const conversationKey = (channel: string, threadTs?: string): string =>
  threadTs ? `${channel}:${threadTs}` : channel;

function withParent(store: ContextStore, parent: string | undefined): ContextStore {
  if (!parent) return store;
  return {
    get: async (key) => (await store.get(key)) ?? (key === parent ? null : store.get(parent)),
    set: (key, turn) => store.set(key, turn),
  };
}

/**
 * What a message in a conversation asks for. As everywhere, `help`, `topics` and `compare [topic]`; but a
 * `compare` that names no known topic ("compare them"), a bare mention and a lone "?" go to the core, which reads
 * them with the conversation (a comparison of the last topic, small talk).
 */
function conversationRequest(text: string, answerer: Answerer): CardRequest {
  const request = parseRequest(text, answerer);
  const typed = fromSlackText(text).trim();
  if (request.kind === 'compare' && request.unknownTopic !== undefined) return { kind: 'ask', question: typed };
  // "help" asks for the help card; nothing at all, or a lone "?", is small talk: a hello with example questions.
  if (request.kind === 'help' && (typed === '' || typed === '?')) return { kind: 'ask', question: typed };
  return request;
}

/**
 * The reply to a message in a DM or a thread: a question is read with the conversation's last answered one and
 * remembered when answered; a card that opens a topic (`compare salary`) becomes what the conversation follows.
 */
export const replyInConversation = (
  deps: ListenerDeps,
  answerer: Answerer,
  place: ConversationPlace,
  text: string,
): Promise<Rendered> => replyToRequest(deps, answerer, place, conversationRequest(text, answerer));

/** The reply to a request (typed, or a button's) made in a conversation, remembered as above. */
export async function replyToRequest(
  deps: ListenerDeps,
  answerer: Answerer,
  place: ConversationPlace,
  request: CardRequest,
): Promise<Rendered> {
  const askHr = deps.escalation !== undefined;
  if (request.kind === 'ask') {
    return answerMessage(
      answerer,
      await converse(answerer, withParent(deps.contextStore, place.parent), place.key, request.question),
      undefined,
      askHr,
    );
  }
  const rendered = renderRequest(request, answerer, { askHr });
  if (rendered.answer) await rememberAnswer(deps.contextStore, place.key, rendered.answer);
  return rendered;
}
