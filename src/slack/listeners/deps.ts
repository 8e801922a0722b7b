import type { ContextStore } from '../../conversation/context.ts';
import type { Answerer } from '../../search/answer.ts';

/**
 * What every listener needs: the core, and where conversations are remembered (a DM, a thread the bot answered
 * in). Listeners get Slack's client and logger from Bolt per request.
 */
export type ListenerDeps = { answerer: Answerer; contextStore: ContextStore };
