import type { App, BlockButtonAction } from '@slack/bolt';
import { actionPattern, decodeFeedback, feedbackAck, staleButtonCard } from '../../blocks/index.ts';
import { threadOf, whereClicked } from '../click-place.ts';
import type { ListenerDeps } from './deps.ts';

/** 👍 / 👎 on an answer: logged for whoever improves the knowledge base, acknowledged to the user alone. */
export function register(app: App, { answerer }: ListenerDeps): void {
  app.action<BlockButtonAction>(actionPattern('feedback'), async ({ ack, body, action, respond, client, logger }) => {
    await ack();
    const feedback = decodeFeedback(action.value);
    if (feedback) {
      logger.info(
        `feedback ${JSON.stringify({ vote: feedback.vote, topic: feedback.t, roles: feedback.r, question: feedback.q, user: body.user.id })}`,
      );
    }
    const reply = feedback ? feedbackAck(feedback.vote) : staleButtonCard(answerer.kb);
    if (respond) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply });
      return;
    }
    const place = whereClicked(body);
    await client.chat.postEphemeral({ channel: place.channel, user: body.user.id, ...threadOf(place), ...reply });
  });
}
