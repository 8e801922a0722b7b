/** The slash command, /career. */
import type { App } from '@slack/bolt';
import { registerAll, type ListenerDeps } from '../deps.ts';
import * as career from './career.ts';

export function register(app: App, deps: ListenerDeps): void {
  registerAll(app, deps, [career]);
}
