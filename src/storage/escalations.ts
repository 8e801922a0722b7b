/**
 * Questions handed to the HR team ("Ask the HR team"), from the click to the relayed answer. The Slack
 * listeners use this interface without knowing the engine; escalations-db.ts keeps it on the shared database (SQLite
 * or PostgreSQL), so an escalation started on one instance can be answered through another.
 *
 * Privacy: the asker's user id and where they asked (a DM or thread) are kept only while the escalation is open,
 * to deliver its answer; both are deleted once it is delivered, or after ASKER_KEPT_DAYS.
 */
import { createHash } from 'node:crypto';
import type { NewEscalation, Escalation, CreateResult, AnswerView, ClaimResult } from '../records/escalation.ts';
export type {
  EscalationReason,
  AskedWhere,
  NewEscalation,
  Escalation,
  CreateResult,
  AnswerView,
  ClaimResult,
} from '../records/escalation.ts';

export interface EscalationStore {
  /** Idempotent per asker and question while the escalation is open: a second click gets the first one back. */
  create(input: NewEscalation, now?: Date): Promise<CreateResult>;
  get(id: string): Promise<Escalation | null>;
  setExpertsMessage(id: string, message: { channel: string; ts: string }): Promise<void>;
  /** Atomic: the first answer wins; a later one learns who answered (`won: false`). */
  claimAnswer(id: string, answer: { text: string; by: string; at?: Date }): Promise<ClaimResult>;
  /** The answer reached the asker: their user id and where they asked are deleted. */
  markDelivered(id: string, at?: Date): Promise<void>;
  markDeliveryFailed(id: string, reason: string): Promise<void>;
  /** Atomic: true for the one "Try delivering again" that takes a failed delivery; false for any other. */
  claimRedelivery(id: string): Promise<boolean>;
  /**
   * When the asker may hand the HR team another question, if they reached `perHour` this clock hour; null when
   * they may now (or when this question is already with the HR team: a second click sends nothing new).
   */
  limitedUntil(askerId: string, question: string, perHour: number, now?: Date): Promise<Date | null>;
  /** The app opened this modal for this escalation: only such a modal's answer is accepted. */
  recordAnswerView(view: AnswerView, now?: Date): Promise<void>;
  answerView(viewId: string): Promise<AnswerView | null>;
  /** Escalations created since a date, newest first, for insights. */
  list(since?: Date): Promise<Escalation[]>;
  /**
   * Deletes the user ids of escalations older than ASKER_KEPT_DAYS: the asker's (with where they asked) and the
   * answering expert's. Returns how many escalations lost an id.
   */
  purgeUserIds(now?: Date): Promise<number>;
  /** Deletes question and answer text of escalations created before `before` (INSIGHTS_RETENTION_DAYS); returns how many. */
  forgetText(before: Date): Promise<number>;
}

/** How long an unanswered escalation keeps its asker's user id: after that its answer cannot be delivered. */
export const ASKER_KEPT_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Unanswered for longer than this, an escalation is listed as waiting in insights. */
export const WAITING_AFTER_DAYS = 2;

/** The same question by the same person, however it is spaced or capitalised; one-way, never stored after delivery. */
export function dedupeKey(askerId: string, question: string): string {
  const normalized = question.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${askerId}\n${normalized}`).digest('hex');
}

export const askerCutoff = (now: Date) => new Date(now.getTime() - ASKER_KEPT_DAYS * DAY_MS);

const HOUR_MS = 60 * 60 * 1000;
/** The clock hour a time falls in, as the epoch milliseconds of its start. */
export const hourOf = (now: Date) => Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
export const nextHour = (now: Date) => new Date(hourOf(now) + HOUR_MS);

/** Who asked, for the per-hour count only: one-way, and never stored with a question. */
export const askerHash = (askerId: string) =>
  createHash('sha256').update(`career-bot escalations per hour\n${askerId}`).digest('hex');

/** Whether an escalation is still open to answering and delivery. */
export const isOpen = (e: Escalation) => e.answeredAt === null && e.askerId !== null;
