/**
 * "@career-bot ..." in a channel: answered in that message's thread, never as a new channel message. The thread
 * is the conversation: a new mention in a thread where the bot answered is read with the earlier questions.
 */
import type { App } from '@slack/bolt';
import { conversationKey, replyInConversation } from '../../conversation.ts';
import { fromAPerson } from '../../from-a-person.ts';
import { tellOutcome } from '../../outcome.ts';
import { withoutMention } from '../../parse-request.ts';
import type { ListenerDeps } from '../deps.ts';

export function register(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, context, client }) => {
    // Another bot mentioning us could start an endless exchange.
    if (!fromAPerson(event, context.botUserId)) return;
    const answerer = deps.knowledge.current();
    const threadTs = event.thread_ts ?? event.ts;
    const text = withoutMention(event.text, context.botUserId);
    const reply = await replyInConversation(deps, answerer, { key: conversationKey(event.channel, threadTs) }, text);
    await client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...reply.message });
    tellOutcome(context, { card: reply.card, answer: reply.answer });
  });
}
