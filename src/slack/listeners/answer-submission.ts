import type { App, ViewSubmitAction } from '@slack/bolt';
import { ANSWER_INPUT, ANSWER_MODAL, MAX_ANSWER_CHARS, modalNotices } from '../../blocks/index.ts';
import { deliverAnswer, reasonOf, refreshExpertsCard } from '../escalation.ts';
import { tellOutcome } from '../outcome.ts';
import type { ListenerDeps } from './deps.ts';

const escalationId = (metadata: string): string | null => {
  try {
    const id = (JSON.parse(metadata) as { id?: unknown }).id;
    return typeof id === 'string' && id.length > 0 ? id : null;
  } catch {
    return null;
  }
};

/**
 * An expert submits the modal: the first answer wins (a later one is told who answered), the experts' card shows
 * it at once so no one else starts on it, and the answer goes to the asker. The modal says whether it arrived;
 * a delivery that still fails after the client's retries shows on the modal and the card, never lost silently.
 */
export function register(app: App, { knowledge, escalation }: ListenerDeps): void {
  if (!escalation) return;
  app.view<ViewSubmitAction>(ANSWER_MODAL, async ({ ack, body, view, client, logger, context }) => {
    const answerer = knowledge.current();
    const id = escalationId(view.private_metadata);
    const text = (view.state.values[ANSWER_INPUT.block]?.[ANSWER_INPUT.action]?.value ?? '').trim().slice(0, MAX_ANSWER_CHARS);
    if (!id) return ack({ response_action: 'update', view: modalNotices.gone() });
    if (!text) return ack({ response_action: 'errors', errors: { [ANSWER_INPUT.block]: 'Write an answer before sending it.' } });
    const claim = await escalation.store.claimAnswer(id, { text, by: body.user.id });
    if (!claim.won) {
      const e = claim.escalation;
      tellOutcome(context, { card: 'hr-answer-already-answered' });
      return ack({ response_action: 'update', view: e?.answeredAt ? modalNotices.alreadyAnswered(e) : modalNotices.gone() });
    }
    await ack({ response_action: 'update', view: modalNotices.sending() });
    const domain = body.team?.domain;
    await refreshExpertsCard(client, answerer.kb, claim.escalation, logger, domain);
    const { escalation: shown, failure } = await deliverAnswer(client, escalation, claim.escalation, logger);
    await refreshExpertsCard(client, answerer.kb, shown, logger, domain);
    await client.views
      .update({ view_id: view.id, view: failure ? modalNotices.failed(failure) : modalNotices.delivered() })
      .catch((error: unknown) => logger.debug(`The answer modal was closed before its result: ${reasonOf(error)}`));
    tellOutcome(context, { card: failure ? 'hr-answer-undelivered' : 'hr-answer-delivered' });
  });
}
