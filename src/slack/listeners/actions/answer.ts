/**
 * "Answer" on the experts' card opens the modal. Slack accepts views.open only within 3 s of the click, so it
 * is acknowledged and opened at once, from what the button carries; only then is the escalation looked up, and
 * the modal turned into a notice if someone answered it meanwhile.
 *
 * Only the HR team answers as the HR team: the click must come from EXPERTS_CHANNEL, from a member of it where
 * the app can read its members; and the modal opened is recorded (its view id, the escalation, who opened
 * it), so answer-submission.ts accepts an answer from that modal only. A refusal tells the clicker why.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import { ACTION, answerModal, answerRefusals, decodeAnswerRequest, modalNotices } from '../../../blocks/index.ts';
import { isOpen } from '../../../storage/escalations.ts';
import { replyToClicker } from '../../click-place.ts';
import { reasonOf } from '../../escalation.ts';
import { tellOutcome } from '../../outcome.ts';
import type { ListenerDeps } from '../deps.ts';

export function register(app: App, { escalation }: ListenerDeps): void {
  if (!escalation) return;
  app.action<BlockButtonAction>(`${ACTION.answer}:open`, async (args) => {
    const { ack, body, action, client, logger, context } = args;
    await ack();
    const request = decodeAnswerRequest(action.value);
    if (!request) return;
    const refuse = async (reason: string, reply: Parameters<typeof replyToClicker>[1]) => {
      logger.warn(`Refused an Answer click: ${reason}.`, { event: 'hr-answer-refused', reason });
      await replyToClicker(args, reply);
      tellOutcome(context, { card: 'hr-answer-refused' });
    };
    if (body.channel?.id !== escalation.channel)
      return refuse('outside the experts channel', answerRefusals.outsideChannel(escalation.channel));
    const membership = escalation.members ? await escalation.members(client, body.user.id) : 'unknown';
    if (membership === 'not-member')
      return refuse('not a member of the experts channel', answerRefusals.notMember(escalation.channel));
    if (membership === 'unchecked')
      return refuse(
        "the experts channel's members could not be read in time",
        answerRefusals.cannotCheck(escalation.channel),
      );
    const opened = await client.views.open({
      trigger_id: body.trigger_id,
      view: answerModal(request.id, request.question),
    });
    const viewId = opened.view?.id;
    if (!viewId) return;
    const update = (view: ReturnType<typeof modalNotices.gone>) =>
      client.views.update({ view_id: viewId, ...(opened.view?.hash ? { hash: opened.view.hash } : {}), view });
    try {
      await escalation.store.recordAnswerView({ viewId, escalationId: request.id, openedBy: body.user.id });
    } catch (error) {
      // Unrecorded, its answer would be refused: say so now, before anything is typed.
      logger.error(`An answer form could not be recorded, so it cannot take an answer: ${reasonOf(error)}`, {
        event: 'answer-view-not-stored',
        reason: reasonOf(error),
      });
      return void (await update(modalNotices.notReady()));
    }
    const e = await escalation.store.get(request.id).catch(() => undefined);
    if (e === undefined || (e && isOpen(e))) return;
    await update(e?.answeredAt ? modalNotices.alreadyAnswered(e) : modalNotices.gone());
  });
}
