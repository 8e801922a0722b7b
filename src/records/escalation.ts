// What an escalation is, apart from where it is kept: cards read these without the storage layer.
import type { RoleId, TopicId } from '../knowledge/schema.ts';

/** Why the bot fell short: it declined, the source does not cover the point, or the asker clicked 👎. */
export type EscalationReason = 'declined' | 'not-covered' | 'not-helpful' | 'unprompted';

/** Where the answer goes back to: the DM with the bot, the thread of a mention, or a DM for a slash command. */
export type AskedWhere = { kind: 'dm' | 'thread' | 'slash'; channel: string; threadTs?: string };

export type NewEscalation = {
  question: string;
  reason: EscalationReason;
  topic: TopicId | null;
  roles: RoleId[];
  /** What the source does not cover, when the bot said so. */
  gap: string | null;
  askerId: string;
  where: AskedWhere;
};

export type Escalation = Omit<NewEscalation, 'askerId' | 'where'> & {
  /** '' once INSIGHTS_RETENTION_DAYS have passed: the text is deleted, the escalation still counts. */
  question: string;
  id: string;
  createdAt: Date;
  /** null once the answer was delivered, or after ASKER_KEPT_DAYS. */
  askerId: string | null;
  where: AskedWhere | null;
  /** The experts' card, so it can be updated once answered. */
  expertsMessage: { channel: string; ts: string } | null;
  /** null until answered, and again once INSIGHTS_RETENTION_DAYS have passed. */
  answer: string | null;
  answeredBy: string | null;
  /** When it was answered: what marks it answered (the answer's text may be deleted later). */
  answeredAt: Date | null;
  deliveredAt: Date | null;
  /** Why the last delivery failed, shown to the experts; null when delivered or not tried. */
  deliveryError: string | null;
};

export type CreateResult = { escalation: Escalation; created: boolean };

/** A modal the app opened for an expert (views.open's view id), for one escalation. */
export type AnswerView = { viewId: string; escalationId: string; openedBy: string };
export type ClaimResult = { won: true; escalation: Escalation } | { won: false; escalation: Escalation | null };
