import type { App } from '@slack/bolt';
import type { ContextStore } from '../../conversation/context.ts';
import type { Knowledge } from '../../search/live.ts';
import type { InsightsReport, ReportOptions, UnpromptedStore } from '../../storage/index.ts';
import type { EscalationDeps } from '../escalation.ts';

/**
 * What every listener needs: the core, and where conversations are remembered (a DM, a thread the bot answered
 * in); when EXPERTS_CHANNEL is set, where questions go to the HR team. Listeners get Slack's client and logger
 * from Bolt per request.
 */
export type ListenerDeps = {
  /** What is known now: each request takes `knowledge.current()` once, at its start, and answers from it to the end. */
  knowledge: Knowledge;
  contextStore: ContextStore;
  /** The insights summary, for the App Home of the users in INSIGHTS_ADMINS; absent only in bench/slack-target.ts's bare layout. */
  insights?: (options?: ReportOptions) => Promise<InsightsReport>;
  /** Slack user ids that see insights in their App Home. */
  insightsAdmins?: readonly string[];
  escalation?: EscalationDeps;
  /** Answering in channels (ANSWER_CHANNELS): where, how many an hour, and what is remembered across instances. */
  unprompted?: UnpromptedDeps;
};

export type UnpromptedDeps = {
  /** Channel ids that opted in; empty: no channel message is read. */
  channels: ReadonlySet<string>;
  /** At most this many unasked answers per channel in any hour. */
  hourlyCap: number;
  store: UnpromptedStore;
};

/** A listener module, or a kind's index: it registers itself on the app. */
export type Registers = { register(app: App, deps: ListenerDeps): void };

export function registerAll(app: App, deps: ListenerDeps, listeners: readonly Registers[]): void {
  for (const listener of listeners) listener.register(app, deps);
}
