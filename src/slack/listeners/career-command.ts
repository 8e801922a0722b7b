import type { App } from '@slack/bolt';
import { COMMAND, renderCard } from '../../blocks/index.ts';
import { parseRequest } from '../parse-request.ts';
import type { ListenerDeps } from './deps.ts';

/** `/career ...`: the card comes back in the acknowledgement itself, seen only by the asker. */
export function register(app: App, { answerer, escalation }: ListenerDeps): void {
  app.command(COMMAND, async ({ command, ack }) => {
    const card = renderCard(parseRequest(command.text ?? '', answerer), answerer, { ephemeral: true, askHr: escalation !== undefined });
    await ack({ response_type: 'ephemeral', ...card });
  });
}
