/** Button clicks on the cards; the HR team's (escalate, answer, retry delivery) register only when EXPERTS_CHANNEL is set. */
import type { App } from '@slack/bolt';
import { registerAll, type ListenerDeps } from '../deps.ts';
import * as open from './open.ts';
import * as share from './share.ts';
import * as feedback from './feedback.ts';
import * as optOut from './opt-out.ts';
import * as escalate from './escalate.ts';
import * as answer from './answer.ts';
import * as retryDelivery from './retry-delivery.ts';

export function register(app: App, deps: ListenerDeps): void {
  registerAll(app, deps, [open, share, feedback, optOut, escalate, answer, retryDelivery]);
}
