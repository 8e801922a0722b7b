import type { RoleId, TopicId } from '../knowledge/schema.ts';

/**
 * What a conversation remembers between messages: the topic and roles of its last answered question, the roles it
 * discussed lately (most recent first), so "the other one" and "both" mean the pair being talked about, and the
 * topics it answered lately (most recent first, the last one's included), so "back to my first question" can go back.
 * `chosen`: the one role the last question's choice fell on ("which one visits patients at home?": the one whose facts
 * say so), for "that one" next. Defined here, below the conversation layer, because reading a message needs it: a follow-up is read against it.
 */
export type Turn = { topic: TopicId; roles: RoleId[]; recent?: RoleId[]; topics?: TopicId[]; chosen?: RoleId };
