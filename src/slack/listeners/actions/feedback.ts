/**
 * 👍 / 👎 on an answer: acknowledged to the user alone, and told as the request's outcome with the answer it was
 * about (the button carries its question, topic and roles), which the log and insights record; never who voted.
 * After a 👎, the HR team is offered when there is one; its button remembers where the answer was, to answer there.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import {
  actionPattern,
  decodeFeedback,
  escalationForFeedback,
  feedbackAck,
  staleButtonCard,
  withAskHr,
} from '../../../blocks/index.ts';
import { replyToClicker, whereClicked } from '../../click-place.ts';
import { askedWhere } from '../../escalation.ts';
import { tellOutcome } from '../../outcome.ts';
import type { ListenerDeps } from '../deps.ts';

export function register(app: App, { knowledge, escalation }: ListenerDeps): void {
  app.action<BlockButtonAction>(actionPattern('feedback'), async (args) => {
    const answerer = knowledge.current();
    const { ack, body, action, context } = args;
    await ack();
    const clicked = decodeFeedback(action.value);
    // A button from before redaction may carry patient details: the log, insights and the HR team get none.
    const feedback = clicked && { ...clicked, question: answerer.keptText(clicked.question) };
    if (!feedback) {
      await replyToClicker(args, staleButtonCard(answerer.kb));
      tellOutcome(context, { card: 'stale' });
      return;
    }
    const ask = escalation ? escalationForFeedback(feedback) : null;
    await replyToClicker(
      args,
      withAskHr(feedbackAck(feedback.vote), ask && { ...ask, where: askedWhere(whereClicked(body)) }),
    );
    tellOutcome(context, { card: 'feedback', feedback });
  });
}
