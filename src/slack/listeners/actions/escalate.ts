/**
 * "Ask the HR team": the question (from the button, never retyped) goes to the experts' channel as a card,
 * once per asker and question however often it is clicked, and the asker alone is told it is there. It is
 * stored before anyone is told it was sent: when it cannot be (the database is away), or cannot be posted, the
 * asker is told it was not sent yet, with a button to try again. Past ESCALATIONS_PER_HOUR the asker is told
 * when they can ask again. Registered only when EXPERTS_CHANNEL is set: no card offers the button otherwise.
 */
import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import {
  actionPattern,
  askerConfirmation,
  askerLimited,
  askerNotSent,
  decodeEscalate,
  staleButtonCard,
  type Escalate,
} from '../../../blocks/index.ts';
import { replyToClicker, whereClicked } from '../../click-place.ts';
import type { Answerer } from '../../../search/answer.ts';
import {
  askedWhere,
  type EscalationDeps,
  explainExpertsChannelFailure,
  postToExperts,
  reasonOf,
} from '../../escalation.ts';
import { tellOutcome } from '../../outcome.ts';
import type { CreateResult } from '../../../storage/escalations.ts';
import type { ListenerDeps } from '../deps.ts';

export function register(app: App, { knowledge, escalation }: ListenerDeps): void {
  if (!escalation) return;
  app.action<BlockButtonAction>(actionPattern('escalate'), (args) =>
    escalateClicked(args, knowledge.current(), escalation),
  );
}

type ClickArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

async function escalateClicked(args: ClickArgs, answerer: Answerer, escalation: EscalationDeps): Promise<void> {
  const { ack, body, action, client, logger, context } = args;
  await ack();
  const clicked = decodeEscalate(action.value);
  // A button from before redaction (or a forged one) may carry patient details: never stored or sent on.
  const value = clicked && { ...clicked, question: answerer.keptText(clicked.question) };
  if (!value) return replyToClicker(args, staleButtonCard(answerer.kb));
  const notSent = async (card: string) => {
    await replyToClicker(args, askerNotSent(value));
    tellOutcome(context, { card });
  };
  const stored = await storeUnlessLimited(args, escalation, value);
  if (stored === 'limited') return;
  if (stored === 'not-stored') return notSent('ask-hr-not-stored');
  const { escalation: e, created } = stored;
  // A card that could not be posted before is posted on the next click.
  if (created || !e.expertsMessage) {
    try {
      await postToExperts(client, escalation, answerer.kb, e, logger, body.team?.domain);
    } catch (error) {
      logger.error(explainExpertsChannelFailure(escalation.channel, error), { event: 'escalation-not-posted' });
      return notSent('ask-hr-not-sent');
    }
  }
  await replyToClicker(args, askerConfirmation(created));
  // For the log: sent, or a click on a question the HR team already has.
  tellOutcome(context, { card: created ? 'ask-hr-sent' : 'ask-hr-already-sent' });
}

/**
 * The question stored for the HR team, unless its asker is past the hourly limit (they are told when they can
 * ask again) or it could not be stored (logged; the caller tells the asker).
 */
async function storeUnlessLimited(
  args: ClickArgs,
  escalation: EscalationDeps,
  value: Escalate,
): Promise<CreateResult | 'limited' | 'not-stored'> {
  const { body, logger, context } = args;
  try {
    const until = escalation.perHour
      ? await escalation.store.limitedUntil(body.user.id, value.question, escalation.perHour)
      : null;
    if (until) {
      logger.info('A question for the HR team was not sent: its asker reached the hourly limit.', {
        event: 'escalation-limited',
      });
      await replyToClicker(args, askerLimited(until, escalation.perHour!));
      tellOutcome(context, { card: 'ask-hr-limited' });
      return 'limited';
    }
    return await escalation.store.create({
      question: value.question,
      reason: value.reason,
      topic: value.topic,
      roles: value.roles,
      gap: value.gap ?? null,
      askerId: body.user.id,
      where: value.where ?? askedWhere(whereClicked(body)),
    });
  } catch (error) {
    logger.error(`A question for the HR team could not be stored, so it was not sent: ${reasonOf(error)}`, {
      event: 'escalation-not-stored',
      reason: reasonOf(error),
    });
    return 'not-stored';
  }
}
