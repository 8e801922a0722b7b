/**
 * A button that opens a card (a topic, a comparison, "Did you mean", an example question, help): the card
 * appears where the button was. An ephemeral reply is replaced; in a thread or DM the card follows, and becomes
 * what that conversation is about; from App Home it is sent to the user's messages with the app.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import {
  actionPattern,
  decodeCardRequest,
  renderRequest,
  staleButtonCard,
  type Message,
} from '../../../blocks/index.ts';
import { threadOf, whereClicked } from '../../click-place.ts';
import { conversationKey, replyToRequest } from '../../conversation.ts';
import { tellOutcome } from '../../outcome.ts';
import type { ListenerDeps } from '../deps.ts';

export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockButtonAction>(actionPattern('open'), async ({ ack, body, action, respond, client, context }) => {
    const answerer = deps.knowledge.current();
    await ack();
    const request = decodeCardRequest(action.value);
    const place = whereClicked(body);
    const ephemeral = place.ephemeral && respond !== undefined;
    const show = (message: Message) =>
      ephemeral
        ? respond!({ replace_original: true, response_type: 'ephemeral', ...message })
        : client.chat.postMessage({ channel: place.channel, ...threadOf(place), ...message });
    if (!request) {
      await show(staleButtonCard(answerer.kb));
      tellOutcome(context, { card: 'stale' });
      return;
    }
    const askHr = deps.escalation !== undefined;
    // From App Home the place is the user (Slack opens the DM), whose channel id is not known here: no context.
    const reply =
      ephemeral || place.fromHome
        ? renderRequest(request, answerer, { ephemeral, askHr })
        : await replyToRequest(
            deps,
            answerer,
            { key: conversationKey(place.channel, place.threadTs), parent: place.channel },
            request,
          );
    await show(reply.message);
    tellOutcome(context, { card: reply.card, answer: reply.answer });
  });
}
