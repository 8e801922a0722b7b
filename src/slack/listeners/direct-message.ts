import type { App } from '@slack/bolt';
import { renderCard } from '../../blocks/index.ts';
import { fromAPerson } from '../from-a-person.ts';
import { parseRequest } from '../parse-request.ts';
import type { ListenerDeps } from './deps.ts';

/**
 * A direct message: answered in the DM. Bot messages, our own, edits and every other subtype are
 * ignored, so the bot never answers itself or a change to a question it already answered.
 */
export function register(app: App, { answerer, escalation }: ListenerDeps): void {
  app.event('message', async ({ event, context, client }) => {
    // `subtype` is read here too so TypeScript narrows the event to a plain message.
    if (event.channel_type !== 'im' || event.subtype !== undefined || !fromAPerson(event, context.botUserId)) return;
    await client.chat.postMessage({
      channel: event.channel,
      ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}),
      ...renderCard(parseRequest(event.text ?? '', answerer), answerer, { askHr: escalation !== undefined }),
    });
  });
}
