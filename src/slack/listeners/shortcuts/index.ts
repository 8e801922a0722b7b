/** The message shortcut, "Answer with career-bot". */
import type { App } from '@slack/bolt';
import { registerAll, type ListenerDeps } from '../deps.ts';
import * as answerShortcut from './answer-shortcut.ts';

export function register(app: App, deps: ListenerDeps): void {
  registerAll(app, deps, [answerShortcut]);
}
