import type { App, BlockButtonAction } from '@slack/bolt';
import { actionPattern, decodeFeedback, feedbackAck, staleButtonCard } from '../../blocks/index.ts';
import { threadOf, whereClicked } from '../click-place.ts';
import { tellOutcome } from '../outcome.ts';
import type { ListenerDeps } from './deps.ts';

/**
 * 👍 / 👎 on an answer: acknowledged to the user alone, and told as the request's outcome with the answer it was
 * about (the button carries its question, topic and roles), which the log and insights record. Never who voted.
 */
export function register(app: App, { answerer }: ListenerDeps): void {
  app.action<BlockButtonAction>(actionPattern('feedback'), async ({ ack, body, action, respond, client, context }) => {
    await ack();
    const feedback = decodeFeedback(action.value);
    const reply = feedback ? feedbackAck(feedback.vote) : staleButtonCard(answerer.kb);
    if (respond) await respond({ response_type: 'ephemeral', replace_original: false, ...reply });
    else {
      const place = whereClicked(body);
      await client.chat.postEphemeral({ channel: place.channel, user: body.user.id, ...threadOf(place), ...reply });
    }
    tellOutcome(
      context,
      feedback ? { card: 'feedback', feedback: { vote: feedback.vote, topic: feedback.t, roles: feedback.r, question: feedback.q } } : { card: 'stale' },
    );
  });
}
