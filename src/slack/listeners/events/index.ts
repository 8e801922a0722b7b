/** Events: mentions, messages (direct, and in the channels answered unasked), the App Home, the assistant pane. */
import type { App } from '@slack/bolt';
import { registerAll, type ListenerDeps } from '../deps.ts';
import * as appMention from './app-mention.ts';
import * as directMessage from './direct-message.ts';
import * as channelMessage from './channel-message.ts';
import * as appHomeOpened from './app-home-opened.ts';
import * as assistantThreadStarted from './assistant-thread-started.ts';

export function register(app: App, deps: ListenerDeps): void {
  registerAll(app, deps, [appMention, directMessage, channelMessage, appHomeOpened, assistantThreadStarted]);
}
