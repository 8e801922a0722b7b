import type { App, Logger, ViewOutput, ViewResponseAction, ViewSubmitAction, webApi } from '@slack/bolt';
import { ANSWER_INPUT, ANSWER_MODAL, ANSWER_NOT_SAVED, MAX_ANSWER_CHARS, modalNotices } from '../../../blocks/index.ts';
import type { KnowledgeBase } from '../../../knowledge/schema.ts';
import type { AnswerView, ClaimResult, Escalation } from '../../../storage/escalations.ts';
import { deliverAnswer, reasonOf, refreshExpertsCard, type EscalationDeps } from '../../escalation.ts';
import { tellOutcome } from '../../outcome.ts';
import type { ListenerDeps } from '../deps.ts';

/** An answer typed into the modal, by whom, for which escalation. */
type Submission = { id: string; text: string; viewId: string; userId: string };
/** Where a step logs, and tells the request's outcome. */
type Told = { logger: Logger; context: Record<string, unknown> };

const escalationId = (metadata: string): string | null => {
  try {
    const id = (JSON.parse(metadata) as { id?: unknown }).id;
    return typeof id === 'string' && id.length > 0 ? id : null;
  } catch {
    return null;
  }
};

/** The answer as typed, trimmed and cut to what a card holds. */
const answerText = (view: ViewOutput): string =>
  (view.state.values[ANSWER_INPUT.block]?.[ANSWER_INPUT.action]?.value ?? '').trim().slice(0, MAX_ANSWER_CHARS);

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
    const text = answerText(view);
    if (!id) return ack({ response_action: 'update', view: modalNotices.gone() });
    if (!text)
      return ack({ response_action: 'errors', errors: { [ANSWER_INPUT.block]: 'Write an answer before sending it.' } });
    const told = { logger, context };
    const claimed = await claimAnswer(escalation, { id, text, viewId: view.id, userId: body.user.id }, told);
    if ('reply' in claimed) return ack(claimed.reply);
    await ack({ response_action: 'update', view: modalNotices.sending() });
    const sending = { client, kb: answerer.kb, viewId: view.id, domain: body.team?.domain };
    await sendAnswer(escalation, claimed.escalation, sending, told);
  });
}

/**
 * The answer stored as the escalation's, when the modal was opened by the app for this person and nobody answered
 * first; otherwise what the modal shows instead. Stored before anyone is told it was sent: if it cannot be, the
 * modal stays open with the answer typed.
 */
async function claimAnswer(
  escalation: EscalationDeps,
  s: Submission,
  { logger, context }: Told,
): Promise<{ escalation: Escalation } | { reply: ViewResponseAction }> {
  const notSaved = (error: unknown) => {
    const reason = reasonOf(error);
    logger.error(`An answer to the HR team's question could not be saved, so it was not sent: ${reason}`, {
      event: 'hr-answer-not-stored',
      reason,
    });
    tellOutcome(context, { card: 'hr-answer-not-stored' });
    return { reply: { response_action: 'errors' as const, errors: { [ANSWER_INPUT.block]: ANSWER_NOT_SAVED } } };
  };
  let opened: AnswerView | null;
  try {
    opened = await escalation.store.answerView(s.viewId);
  } catch (error) {
    return notSaved(error);
  }
  const refusal = refusalOf(opened, s.id, s.userId);
  if (refusal) {
    const fields = { event: 'hr-answer-refused', reason: refusal };
    logger.warn(`Refused an answer to the HR team's question: ${refusal}.`, fields);
    tellOutcome(context, { card: 'hr-answer-refused' });
    return { reply: { response_action: 'update', view: modalNotices.refused() } };
  }
  let claim: ClaimResult;
  try {
    claim = await escalation.store.claimAnswer(s.id, { text: s.text, by: s.userId });
  } catch (error) {
    return notSaved(error);
  }
  if (claim.won) return { escalation: claim.escalation };
  const e = claim.escalation;
  tellOutcome(context, { card: 'hr-answer-already-answered' });
  const notice = e?.answeredAt ? modalNotices.alreadyAnswered(e) : modalNotices.gone();
  return { reply: { response_action: 'update', view: notice } };
}

type Sending = { client: webApi.WebClient; kb: KnowledgeBase; viewId: string; domain: string | undefined };

/** The claimed answer on the experts' card at once, then to the asker; the card and the modal say how it went. */
async function sendAnswer(
  escalation: EscalationDeps,
  claimed: Escalation,
  { client, kb, viewId, domain }: Sending,
  { logger, context }: Told,
): Promise<void> {
  await refreshExpertsCard(client, kb, claimed, logger, domain);
  const { escalation: shown, failure } = await deliverAnswer(client, escalation, claimed, logger);
  await refreshExpertsCard(client, kb, shown, logger, domain);
  await client.views
    .update({ view_id: viewId, view: failure ? modalNotices.failed(failure) : modalNotices.delivered() })
    .catch((error: unknown) => logger.debug(`The answer modal was closed before its result: ${reasonOf(error)}`));
  tellOutcome(context, { card: failure ? 'hr-answer-undelivered' : 'hr-answer-delivered' });
}
