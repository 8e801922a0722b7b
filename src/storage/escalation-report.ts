import type { Database } from './database.ts';
import type { EscalationInsights } from '../records/insights.ts';
import { WAITING_AFTER_DAYS } from './escalations.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Enough of an escalation id for people to copy into `npm run kb -- add-answer`, and few enough to type. */
export const SHORT_ID_CHARS = 6;

/** The short id people copy: the first characters of the escalation's id (a UUID), hyphens aside. */
export const shortId = (id: string) => id.replace(/-/g, '').slice(0, SHORT_ID_CHARS).toLowerCase();

export type { EscalationInsights } from '../records/insights.ts';

export async function escalationInsights(
  database: Database,
  since: number,
  limit: number,
  now = Date.now(),
): Promise<EscalationInsights> {
  const { db } = database;
  const counted = await db
    .selectFrom('escalations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('created_at', '>=', since)
    .executeTakeFirst();
  const answered = await db
    .selectFrom('escalations')
    .select(['id', 'question', 'answer', 'answered_at'])
    .where('created_at', '>=', since)
    .where('answered_at', 'is not', null)
    .where('question', 'is not', null)
    .where('answer', 'is not', null)
    .orderBy('answered_at', 'desc')
    .limit(limit)
    .execute();
  const waiting = await db
    .selectFrom('escalations')
    .select(['question', 'created_at'])
    .where('created_at', '>=', since)
    .where('created_at', '<', now - WAITING_AFTER_DAYS * DAY_MS)
    .where('answered_at', 'is', null)
    .orderBy('created_at', 'asc')
    .limit(limit)
    .execute();
  return {
    escalated: Number(counted?.n ?? 0),
    answeredByHr: answered.map((r) => ({
      id: shortId(r.id),
      question: r.question!,
      answer: r.answer!,
      answeredAt: new Date(Number(r.answered_at)).toISOString(),
    })),
    waiting: waiting.map((r) => ({
      question: r.question ?? '(text no longer kept)',
      askedAt: new Date(Number(r.created_at)).toISOString(),
      days: Math.floor((now - Number(r.created_at)) / DAY_MS),
    })),
  };
}
