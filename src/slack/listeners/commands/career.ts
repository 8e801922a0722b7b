/**
 * `/career ...`: the card comes back in the acknowledgement itself, seen only by the asker. Each command is a
 * question on its own: no conversation is read or remembered.
 */
import type { App } from '@slack/bolt';
import { renderRequest } from '../../../blocks/index.ts';
import { COMMAND } from '../../../records/manifest.ts';
import { tellOutcome } from '../../outcome.ts';
import { parseRequest } from '../../parse-request.ts';
import type { ListenerDeps } from '../deps.ts';

export function register(app: App, { knowledge, escalation }: ListenerDeps): void {
  app.command(COMMAND, async ({ command, ack, context }) => {
    const answerer = knowledge.current();
    const reply = renderRequest(parseRequest(command.text ?? '', answerer), answerer, {
      ephemeral: true,
      askHr: escalation !== undefined,
    });
    await ack({ response_type: 'ephemeral', ...reply.message });
    tellOutcome(context, { card: reply.card, answer: reply.answer });
  });
}
