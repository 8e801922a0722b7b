import type { App } from '@slack/bolt';
import { registerAll, type ListenerDeps } from '../deps.ts';
import * as answerShortcut from './answer-shortcut.ts';

/** The message shortcut, "Answer with career-bot". */
export function register(app: App, deps: ListenerDeps): void {
  registerAll(app, deps, [answerShortcut]);
}
