/**
 * "Don't answer my questions unasked", on an unasked answer: whoever clicks it (not only the asker: anyone may turn it
 * off for themselves) is remembered by user id alone, never with a question, and told so privately.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import { actionPattern, optedOutNote } from '../../../blocks/index.ts';
import { replyToClicker } from '../../click-place.ts';
import { tellOutcome } from '../../outcome.ts';
import type { ListenerDeps } from '../deps.ts';

export function register(app: App, { unprompted }: ListenerDeps): void {
  app.action<BlockButtonAction>(actionPattern('optOut'), async (args) => {
    await args.ack();
    await unprompted?.store.optOut(args.body.user.id);
    await replyToClicker(args, optedOutNote());
    tellOutcome(args.context, { card: 'opt-out' });
  });
}
