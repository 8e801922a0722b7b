import type { RoleId, TopicId } from '../knowledge/schema.ts';

/**
 * What a conversation remembers between messages: the topic and roles of its last answered question, and the roles
 * it discussed lately (most recent first), so "the other one" and "both" mean the pair being talked about. Defined
 * here, below the conversation layer, because reading a message needs it: a follow-up is read against it.
 */
export type Turn = { topic: TopicId; roles: RoleId[]; recent?: RoleId[] };
