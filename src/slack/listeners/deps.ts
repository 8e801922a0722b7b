import type { ContextStore } from '../../conversation/context.ts';
import type { Answerer } from '../../search/answer.ts';
import type { EscalationDeps } from '../escalation.ts';

/**
 * What every listener needs: the core, and where conversations are remembered (a DM, a thread the bot answered
 * in); when EXPERTS_CHANNEL is set, where questions go to the HR team. Listeners get Slack's client and logger
 * from Bolt per request.
 */
export type ListenerDeps = { answerer: Answerer; contextStore: ContextStore; escalation?: EscalationDeps };
