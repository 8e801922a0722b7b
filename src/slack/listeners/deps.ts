import type { Answerer } from '../../search/answer.ts';

/** What every listener needs: the core. Listeners get Slack's client and logger from Bolt per request. */
export type ListenerDeps = { answerer: Answerer };
