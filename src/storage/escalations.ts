import { createHash, randomUUID } from 'node:crypto';

/**
 * Questions handed to the HR team ("Ask the HR team"), from the click to the relayed answer. The Slack
 * listeners use this interface without knowing the engine: in process here, on the shared database in
 * escalations-db.ts, so an escalation started on one instance can be answered through another.
 *
 * Privacy: the asker's user id and where they asked (a DM or thread) are kept only while the escalation is open,
 * to deliver its answer; both are deleted once it is delivered, or after ASKER_KEPT_DAYS.
 */

import type { NewEscalation, Escalation, CreateResult, AnswerView, ClaimResult } from '../records/escalation.ts';
export type { EscalationReason, AskedWhere, NewEscalation, Escalation, CreateResult, AnswerView, ClaimResult } from '../records/escalation.ts';

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
export const askerHash = (askerId: string) => createHash('sha256').update(`career-bot escalations per hour\n${askerId}`).digest('hex');

/** Whether an escalation is still open to answering and delivery. */
export const isOpen = (e: Escalation) => e.answeredAt === null && e.askerId !== null;

type Row = Escalation & { key: string | null };

const copy = (row: Row): Escalation => {
  const { key: _key, ...escalation } = row;
  return structuredClone(escalation);
};

/** The in-process store: one instance only, gone at restart (tests and the playground). */
export function createMemoryEscalationStore(): EscalationStore {
  const rows = new Map<string, Row>();
  const byKey = new Map<string, string>();
  const views = new Map<string, AnswerView & { at: Date }>();
  const counts = new Map<string, number>();
  const countKey = (askerId: string, now: Date) => `${askerHash(askerId)}:${hourOf(now)}`;
  const forget = (row: Row) => {
    if (row.key) byKey.delete(row.key);
    row.key = null;
    row.askerId = null;
    row.where = null;
  };
  return {
    async create(input, now = new Date()) {
      const key = dedupeKey(input.askerId, input.question);
      const existing = byKey.get(key);
      if (existing) return { escalation: copy(rows.get(existing)!), created: false };
      const row: Row = {
        ...structuredClone(input),
        id: randomUUID(),
        createdAt: now,
        expertsMessage: null,
        answer: null,
        answeredBy: null,
        answeredAt: null,
        deliveredAt: null,
        deliveryError: null,
        key,
      };
      rows.set(row.id, row);
      byKey.set(key, row.id);
      const hour = countKey(input.askerId, now);
      counts.set(hour, (counts.get(hour) ?? 0) + 1);
      return { escalation: copy(row), created: true };
    },
    async limitedUntil(askerId, question, perHour, now = new Date()) {
      if (byKey.has(dedupeKey(askerId, question))) return null;
      return (counts.get(countKey(askerId, now)) ?? 0) >= perHour ? nextHour(now) : null;
    },
    async recordAnswerView(view, now = new Date()) {
      views.set(view.viewId, { ...view, at: now });
    },
    async answerView(viewId) {
      const view = views.get(viewId);
      return view ? { viewId: view.viewId, escalationId: view.escalationId, openedBy: view.openedBy } : null;
    },
    async get(id) {
      const row = rows.get(id);
      return row ? copy(row) : null;
    },
    async setExpertsMessage(id, message) {
      const row = rows.get(id);
      if (row) row.expertsMessage = { ...message };
    },
    async claimAnswer(id, { text, by, at = new Date() }) {
      const row = rows.get(id);
      if (!row) return { won: false, escalation: null };
      if (row.answeredAt !== null) return { won: false, escalation: copy(row) };
      Object.assign(row, { answer: text, answeredBy: by, answeredAt: at });
      return { won: true, escalation: copy(row) };
    },
    async markDelivered(id, at = new Date()) {
      const row = rows.get(id);
      if (!row) return;
      forget(row);
      Object.assign(row, { deliveredAt: at, deliveryError: null });
    },
    async markDeliveryFailed(id, reason) {
      const row = rows.get(id);
      if (row) row.deliveryError = reason;
    },
    async claimRedelivery(id) {
      const row = rows.get(id);
      if (!row || row.deliveryError === null || row.deliveredAt !== null) return false;
      row.deliveryError = null;
      return true;
    },
    async list(since) {
      return [...rows.values()]
        .filter((r) => !since || r.createdAt >= since)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .map(copy);
    },
    async purgeUserIds(now = new Date()) {
      const cutoff = askerCutoff(now);
      let purged = 0;
      for (const row of rows.values()) {
        if (row.createdAt >= cutoff || (row.askerId === null && row.answeredBy === null)) continue;
        forget(row);
        row.answeredBy = null;
        purged++;
      }
      for (const [id, view] of views) if (view.at < cutoff) views.delete(id);
      return purged;
    },
    async forgetText(before) {
      let forgotten = 0;
      for (const row of rows.values()) {
        if (row.createdAt >= before || (row.question === '' && row.answer === null)) continue;
        Object.assign(row, { question: '', answer: null, gap: null });
        forgotten++;
      }
      return forgotten;
    },
  };
}
