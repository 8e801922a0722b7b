/**
 * Every listener, by kind, as Bolt's sample apps lay them out: each kind's index.ts registers its own. The app
 * reaches the listeners only through here (dependency-cruiser checks it); the global middleware around them is
 * src/slack/middleware/, wired by app.ts.
 */
import type { App } from '@slack/bolt';
import * as actions from './actions/index.ts';
import * as commands from './commands/index.ts';
import { registerAll, type ListenerDeps } from './deps.ts';
import * as events from './events/index.ts';
import * as shortcuts from './shortcuts/index.ts';
import * as views from './views/index.ts';

export function registerListeners(app: App, deps: ListenerDeps): void {
  registerAll(app, deps, [commands, events, shortcuts, actions, views]);
}
