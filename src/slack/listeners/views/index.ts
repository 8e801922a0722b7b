/** Modal submissions: the HR team's answer form (only when EXPERTS_CHANNEL is set). */
import type { App } from '@slack/bolt';
import { registerAll, type ListenerDeps } from '../deps.ts';
import * as answerSubmission from './answer-submission.ts';

export function register(app: App, deps: ListenerDeps): void {
  registerAll(app, deps, [answerSubmission]);
}
