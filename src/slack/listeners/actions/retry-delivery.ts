/** "Try delivering again" on the experts' card, after a delivery that failed: the saved answer is sent once more. */
import type { App, BlockButtonAction } from '@slack/bolt';
import { ACTION, decodeAnswerRequest } from '../../../blocks/index.ts';
import { deliverAnswer, refreshExpertsCard } from '../../escalation.ts';
import type { ListenerDeps } from '../deps.ts';

export function register(app: App, { knowledge, escalation }: ListenerDeps): void {
  if (!escalation) return;
  app.action<BlockButtonAction>(`${ACTION.answer}:retry`, async ({ ack, body, action, client, logger }) => {
    const answerer = knowledge.current();
    await ack();
    const request = decodeAnswerRequest(action.value);
    // Two clicks (or two experts) on the button: only one delivers.
    if (!request || !(await escalation.store.claimRedelivery(request.id))) return;
    const e = await escalation.store.get(request.id);
    if (!e || e.answeredAt === null) return;
    const { escalation: shown } = await deliverAnswer(client, escalation, e, logger);
    await refreshExpertsCard(client, answerer.kb, shown, logger, body.team?.domain);
  });
}
