import type { Answerer } from '../../search/answer.ts';
import type { EscalationDeps } from '../escalation.ts';

/**
 * What every listener needs: the core, and, when EXPERTS_CHANNEL is set, where questions go to the HR team.
 * Listeners get Slack's client and logger from Bolt per request.
 */
export type ListenerDeps = { answerer: Answerer; escalation?: EscalationDeps };
