import type { App } from '@slack/bolt';
import { unpromptedCard } from '../../../blocks/index.ts';
import { rememberAnswer } from '../../../conversation/context.ts';
import { unpromptedReply } from '../../../conversation/unprompted.ts';
import { conversationKey } from '../../conversation.ts';
import { fromAPerson } from '../../from-a-person.ts';
import { tellOutcome } from '../../outcome.ts';
import { fromSlackText } from '../../parse-request.ts';
import type { ListenerDeps } from '../deps.ts';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A new message in a channel that opted in (ANSWER_CHANNELS), nobody asking the bot: answered in its thread only when
 * the core's filter says it reads as a question about the roles that the bot can answer surely (conversation/
 * unprompted.ts), the author has not turned it off, the thread was not answered yet (claimed in the database, so a
 * retry, a replay or another instance never answers twice) and the channel is under its hourly cap. Edits, joins and
 * every other subtype, bots, the app itself and thread replies are left alone. A mention is the mention listener's.
 */
export function register(app: App, deps: ListenerDeps): void {
  const listening = deps.unprompted;
  if (!listening) return;
  // Registered even while no channel is listed (the playground lists one live); a message of a channel not listed is
  // left at once, unread.
  app.event('message', async ({ event, context, client, logger }) => {
    if (event.subtype !== undefined || !listening.channels.has(event.channel) || !fromAPerson(event, context.botUserId))
      return;
    if (event.thread_ts !== undefined || !event.user) return;
    const answerer = deps.knowledge.current();
    const { answer, skip } = unpromptedReply(answerer, fromSlackText(event.text ?? ''));
    if (skip !== null) {
      logger.debug(`Not answering unasked in ${event.channel}: ${skip}`);
      return;
    }
    try {
      if (await listening.store.optedOut(event.user)) return;
      const claim = await listening.store.claimThread(event.channel, event.ts, listening.hourlyCap);
      if (claim !== 'mine') {
        logger.info(
          `Not answering unasked in ${event.channel}: ${claim === 'capped' ? `${listening.hourlyCap} unasked answers in the last hour already` : 'the thread was answered already'}`,
        );
        return;
      }
    } catch (error) {
      // Without the claim the bot cannot know it is the only one answering: silence beats a double answer.
      logger.warn(`Not answering unasked in ${event.channel}: the database could not be read (${reasonOf(error)})`);
      return;
    }
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.ts,
      ...unpromptedCard(answerer.kb, answer, deps.escalation !== undefined),
    });
    // A mention in the thread afterwards follows this answer, as in any thread the bot answered.
    await rememberAnswer(deps.contextStore, conversationKey(event.channel, event.ts), answer);
    tellOutcome(context, { card: 'unprompted', answer, surface: 'unprompted' });
  });
}
