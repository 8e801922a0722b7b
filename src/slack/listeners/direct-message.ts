import type { App } from '@slack/bolt';
import { renderCard } from '../../blocks/index.ts';
import { parseRequest } from '../parse-request.ts';
import type { ListenerDeps } from './deps.ts';

/**
 * A direct message: answered in the DM. Bot messages, our own, edits and every other subtype are
 * ignored, so the bot never answers itself or a change to a question it already answered.
 */
export function register(app: App, { answerer }: ListenerDeps): void {
  app.event('message', async ({ event, context, client }) => {
    if (event.channel_type !== 'im' || event.subtype !== undefined) return;
    if (event.bot_id || event.user === context.botUserId || 'edited' in event) return;
    await client.chat.postMessage({
      channel: event.channel,
      ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}),
      ...renderCard(parseRequest(event.text ?? '', answerer), answerer),
    });
  });
}
