/**
 * A direct message: answered in the DM (in its thread when it was written in one, as in an assistant thread),
 * read with the conversation's earlier questions. Bot messages, our own, edits and every other subtype are
 * ignored, so the bot never answers itself or a change to a question it already answered.
 */
import type { App } from '@slack/bolt';
import { conversationKey, replyInConversation } from '../../conversation.ts';
import { fromAPerson } from '../../from-a-person.ts';
import { tellOutcome } from '../../outcome.ts';
import type { ListenerDeps } from '../deps.ts';

export function register(app: App, deps: ListenerDeps): void {
  app.event('message', async ({ event, context, client }) => {
    // `subtype` is read here too so TypeScript narrows the event to a plain message.
    if (event.channel_type !== 'im' || event.subtype !== undefined || !fromAPerson(event, context.botUserId)) return;
    const answerer = deps.knowledge.current();
    const place = { key: conversationKey(event.channel, event.thread_ts), parent: event.channel };
    const reply = await replyInConversation(deps, answerer, place, event.text ?? '');
    await client.chat.postMessage({
      channel: event.channel,
      ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}),
      ...reply.message,
    });
    tellOutcome(context, { card: reply.card, answer: reply.answer });
  });
}
