/**
 * The person opened a new chat with the app (its assistant view, in their DM with it): a few example questions
 * are offered as Slack's suggested prompts; clicking one sends it as their message, which the DM listener
 * answers in that thread.
 *
 * Only this event is taken from Slack's assistant features, not Bolt's `Assistant` middleware: that middleware
 * takes every threaded DM away from the other listeners and keeps a thread context (through extra Web API
 * calls) that this app does not use. So a DM, threaded or not, is answered by one listener, as before.
 */
import type { App } from '@slack/bolt';
import { suggestedPrompts } from '../../../blocks/index.ts';
import { tellOutcome } from '../../outcome.ts';
import type { ListenerDeps } from '../deps.ts';

export function register(app: App, { knowledge }: ListenerDeps): void {
  app.event('assistant_thread_started', async ({ event, client, context }) => {
    const prompts = suggestedPrompts(knowledge.current().kb);
    const { channel_id, thread_ts } = event.assistant_thread;
    await client.assistant.threads.setSuggestedPrompts({ channel_id, thread_ts, title: 'Try asking', prompts });
    tellOutcome(context, { card: 'prompts' });
  });
}
