import type { App, BlockButtonAction } from '@slack/bolt';
import { ACTION, answerModal, decodeAnswerRequest, modalNotices } from '../../blocks/index.ts';
import { isOpen } from '../../storage/escalations.ts';
import type { ListenerDeps } from './deps.ts';

/**
 * "Answer" on the experts' card opens the modal. Slack accepts views.open only within 3 s of the click, so it
 * is acknowledged and opened at once, from what the button carries; only then is the escalation looked up, and
 * the modal turned into a notice if someone answered it meanwhile.
 */
export function register(app: App, { escalation }: ListenerDeps): void {
  if (!escalation) return;
  app.action<BlockButtonAction>(`${ACTION.answer}:open`, async ({ ack, body, action, client }) => {
    await ack();
    const request = decodeAnswerRequest(action.value);
    if (!request) return;
    const opened = await client.views.open({ trigger_id: body.trigger_id, view: answerModal(request.id, request.q) });
    const e = await escalation.store.get(request.id);
    if (e && isOpen(e)) return;
    const notice = e?.answeredAt ? modalNotices.alreadyAnswered(e) : modalNotices.gone();
    if (opened.view?.id) await client.views.update({ view_id: opened.view.id, ...(opened.view.hash ? { hash: opened.view.hash } : {}), view: notice });
  });
}
