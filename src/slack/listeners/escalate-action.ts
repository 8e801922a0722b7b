import type { App, BlockButtonAction } from '@slack/bolt';
import { actionPattern, askerConfirmation, askerNotSent, decodeEscalate, staleButtonCard } from '../../blocks/index.ts';
import { replyToClicker, whereClicked } from '../click-place.ts';
import { askedWhere, explainExpertsChannelFailure, postToExperts, whereFromValue } from '../escalation.ts';
import { tellOutcome } from '../outcome.ts';
import type { ListenerDeps } from './deps.ts';

/**
 * "Ask the HR team": the question (from the button, never retyped) goes to the experts' channel as a card,
 * once per asker and question however often it is clicked, and the asker alone is told it is there.
 * Registered only when EXPERTS_CHANNEL is set: no card offers the button otherwise.
 */
export function register(app: App, { knowledge, escalation }: ListenerDeps): void {
  if (!escalation) return;
  app.action<BlockButtonAction>(actionPattern('escalate'), async (args) => {
    const answerer = knowledge.current();
    const { ack, body, action, client, logger, context } = args;
    await ack();
    const value = decodeEscalate(action.value);
    if (!value) return replyToClicker(args, staleButtonCard(answerer.kb));
    const { escalation: e, created } = await escalation.store.create({
      // A button from before redaction (or a forged one) may carry patient details: never stored or sent on.
      question: answerer.keptText(value.q),
      reason: value.e,
      topic: value.t,
      roles: value.r,
      gap: value.g ?? null,
      askerId: body.user.id,
      where: value.w ? whereFromValue(value.w) : askedWhere(whereClicked(body)),
    });
    // A card that could not be posted before is posted on the next click.
    if (created || !e.expertsMessage) {
      try {
        await postToExperts(client, escalation, answerer.kb, e, body.team?.domain);
      } catch (error) {
        logger.error(explainExpertsChannelFailure(escalation.channel, error), { event: 'escalation-not-posted' });
        await replyToClicker(args, askerNotSent());
        return tellOutcome(context, { card: 'ask-hr-not-sent' });
      }
    }
    await replyToClicker(args, askerConfirmation(created));
    // For the log: sent, or a click on a question the HR team already has.
    tellOutcome(context, { card: created ? 'ask-hr-sent' : 'ask-hr-already-sent' });
  });
}
