import type { App, ViewSubmitAction } from '@slack/bolt';
import { ANSWER_INPUT, ANSWER_MODAL, ANSWER_NOT_SAVED, MAX_ANSWER_CHARS, modalNotices } from '../../../blocks/index.ts';
import type { AnswerView, ClaimResult } from '../../../storage/escalations.ts';
import { deliverAnswer, reasonOf, refreshExpertsCard } from '../../escalation.ts';
import { tellOutcome } from '../../outcome.ts';
import type { ListenerDeps } from '../deps.ts';

const escalationId = (metadata: string): string | null => {
  try {
    const id = (JSON.parse(metadata) as { id?: unknown }).id;
    return typeof id === 'string' && id.length > 0 ? id : null;
  } catch {
    return null;
  }
};

/** Why a submission is not an answer from a modal the app opened for this escalation and this person; null if it is. */
function refusalOf(opened: AnswerView | null, escalationId: string, userId: string): string | null {
  if (!opened) return 'the form was not opened by career-bot';
  if (opened.escalationId !== escalationId) return 'the form was opened for another question';
  if (opened.openedBy !== userId) return 'the form was opened by someone else';
  return null;
}

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
    // Stored before anyone is told it was sent; if it cannot be, the modal stays open with the answer typed.
    const notSaved = (error: unknown) => {
      logger.error(`An answer to the HR team's question could not be saved, so it was not sent: ${reasonOf(error)}`, { event: 'hr-answer-not-stored', reason: reasonOf(error) });
      tellOutcome(context, { card: 'hr-answer-not-stored' });
      return ack({ response_action: 'errors', errors: { [ANSWER_INPUT.block]: ANSWER_NOT_SAVED } });
    };
    let opened: AnswerView | null;
    try {
      opened = await escalation.store.answerView(view.id);
    } catch (error) {
      return notSaved(error);
    }
    const refusal = refusalOf(opened, id, body.user.id);
    if (refusal) {
      logger.warn(`Refused an answer to the HR team's question: ${refusal}.`, { event: 'hr-answer-refused', reason: refusal });
      tellOutcome(context, { card: 'hr-answer-refused' });
      return ack({ response_action: 'update', view: modalNotices.refused() });
    }
    let claim: ClaimResult;
    try {
      claim = await escalation.store.claimAnswer(id, { text, by: body.user.id });
    } catch (error) {
      return notSaved(error);
    }
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
