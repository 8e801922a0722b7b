/**
 * "Share in channel" on an ephemeral reply: the same card, posted for everyone through the click's
 * response_url, which works in any channel the command was used in (the bot need not be a member).
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import { actionPattern, decodeCardRequest, renderCard, sharedBy, staleButtonCard } from '../../../blocks/index.ts';
import type { ListenerDeps } from '../deps.ts';

export function register(app: App, { knowledge }: ListenerDeps): void {
  app.action<BlockButtonAction>(actionPattern('share'), async ({ ack, body, action, respond }) => {
    const answerer = knowledge.current();
    await ack();
    const request = decodeCardRequest(action.value);
    if (!request) {
      await respond?.({ response_type: 'ephemeral', replace_original: false, ...staleButtonCard(answerer.kb) });
      return;
    }
    await respond?.({
      response_type: 'in_channel',
      replace_original: false,
      ...sharedBy(renderCard(request, answerer), body.user.id),
    });
  });
}
