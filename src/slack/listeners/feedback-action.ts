import type { App, BlockButtonAction } from '@slack/bolt';
import { actionPattern, decodeFeedback, escalationForFeedback, feedbackAck, staleButtonCard, withAskHr } from '../../blocks/index.ts';
import { replyToClicker, whereClicked } from '../click-place.ts';
import { askedWhere, whereValue } from '../escalation.ts';
import type { ListenerDeps } from './deps.ts';

/**
 * 👍 / 👎 on an answer: logged for whoever improves the knowledge base, acknowledged to the user alone. After a
 * 👎, the HR team is offered when there is one; its button remembers where the answer was, to answer there.
 */
export function register(app: App, { answerer, escalation }: ListenerDeps): void {
  app.action<BlockButtonAction>(actionPattern('feedback'), async (args) => {
    const { ack, body, action, logger } = args;
    await ack();
    const feedback = decodeFeedback(action.value);
    if (feedback) {
      logger.info(
        `feedback ${JSON.stringify({ vote: feedback.vote, topic: feedback.t, roles: feedback.r, question: feedback.q, user: body.user.id })}`,
      );
    }
    if (!feedback) return replyToClicker(args, staleButtonCard(answerer.kb));
    const ask = escalation ? escalationForFeedback(feedback) : null;
    await replyToClicker(args, withAskHr(feedbackAck(feedback.vote), ask && { ...ask, w: whereValue(askedWhere(whereClicked(body))) }));
  });
}
