import type { App, BlockButtonAction } from '@slack/bolt';
import { actionPattern, decodeCardRequest, renderCard, staleButtonCard } from '../../blocks/index.ts';
import { threadOf, whereClicked } from '../click-place.ts';
import type { ListenerDeps } from './deps.ts';

/**
 * A button that opens a card (a topic, a comparison, "Did you mean", help): the card appears where the
 * button was. An ephemeral reply is replaced; in a thread or DM the card follows; from App Home it is sent
 * to the user's messages with the app.
 */
export function register(app: App, { answerer }: ListenerDeps): void {
  app.action<BlockButtonAction>(actionPattern('open'), async ({ ack, body, action, respond, client }) => {
    await ack();
    const request = decodeCardRequest(action.value);
    const place = whereClicked(body);
    if (place.ephemeral && respond) {
      const card = request ? renderCard(request, answerer, { ephemeral: true }) : staleButtonCard(answerer.kb);
      await respond({ replace_original: true, response_type: 'ephemeral', ...card });
      return;
    }
    const card = request ? renderCard(request, answerer) : staleButtonCard(answerer.kb);
    await client.chat.postMessage({ channel: place.channel, ...threadOf(place), ...card });
  });
}
