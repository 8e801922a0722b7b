import type { App } from '@slack/bolt';
import { renderCard } from '../../blocks/index.ts';
import { fromAPerson } from '../from-a-person.ts';
import { parseRequest, withoutMention } from '../parse-request.ts';
import type { ListenerDeps } from './deps.ts';

/** "@career-bot ..." in a channel: answered in that message's thread, never as a new channel message. */
export function register(app: App, { answerer, escalation }: ListenerDeps): void {
  app.event('app_mention', async ({ event, context, client }) => {
    // Another bot mentioning us could start an endless exchange.
    if (!fromAPerson(event, context.botUserId)) return;
    const text = withoutMention(event.text, context.botUserId);
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.thread_ts ?? event.ts,
      ...renderCard(parseRequest(text, answerer), answerer, { askHr: escalation !== undefined }),
    });
  });
}
