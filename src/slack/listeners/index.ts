import type { App } from '@slack/bolt';
import type { ListenerDeps } from './deps.ts';
import * as appHomeOpened from './app-home-opened.ts';
import * as answerAction from './answer-action.ts';
import * as answerSubmission from './answer-submission.ts';
import * as answerShortcut from './answer-shortcut.ts';
import * as appMention from './app-mention.ts';
import * as assistantThreadStarted from './assistant-thread-started.ts';
import * as careerCommand from './career-command.ts';
import * as channelMessage from './channel-message.ts';
import * as directMessage from './direct-message.ts';
import * as escalateAction from './escalate-action.ts';
import * as feedbackAction from './feedback-action.ts';
import * as openAction from './open-action.ts';
import * as optOutAction from './opt-out-action.ts';
import * as retryDeliveryAction from './retry-delivery-action.ts';
import * as shareAction from './share-action.ts';
import * as skipRetries from './skip-retries.ts';

// The retry filter is global middleware, so it goes first. The HR team's (escalate, answer, submission, retry)
// register only when EXPERTS_CHANNEL is set; channel messages are read only when ANSWER_CHANNELS is.
const LISTENERS = [
  skipRetries,
  careerCommand,
  appMention,
  directMessage,
  channelMessage,
  answerShortcut,
  appHomeOpened,
  assistantThreadStarted,
  openAction,
  shareAction,
  feedbackAction,
  optOutAction,
  escalateAction,
  answerAction,
  answerSubmission,
  retryDeliveryAction,
];

export function registerListeners(app: App, deps: ListenerDeps): void {
  for (const listener of LISTENERS) listener.register(app, deps);
}
