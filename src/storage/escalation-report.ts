import type { Database } from './database.ts';
import type { EscalationInsights } from './report-types.ts';
import { WAITING_AFTER_DAYS } from './escalations.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type { EscalationInsights } from './report-types.ts';

export async function escalationInsights(database: Database, since: number, limit: number, now = Date.now()): Promise<EscalationInsights> {
  const { db } = database;
  const counted = await db.selectFrom('escalations').select((eb) => eb.fn.countAll<number>().as('n')).where('created_at', '>=', since).executeTakeFirst();
  const answered = await db
    .selectFrom('escalations')
    .select(['question', 'answer', 'answered_at'])
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
    answeredByHr: answered.map((r) => ({ question: r.question!, answer: r.answer!, answeredAt: new Date(Number(r.answered_at)).toISOString() })),
    waiting: waiting.map((r) => ({
      question: r.question ?? '(text no longer kept)',
      askedAt: new Date(Number(r.created_at)).toISOString(),
      days: Math.floor((now - Number(r.created_at)) / DAY_MS),
    })),
  };
}
