/**
 * The escalation store on the shared database: any instance can take the click, the Answer and the submission.
 * The two races are settled by the database: a unique key on (asker, question) while open, so two clicks make
 * one escalation; and one conditional UPDATE for the answer, so of two experts submitting only one wins.
 */
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { RoleId, TopicId } from '../knowledge/schema.ts';
import { eraseDeleted, type Database } from './database.ts';
import {
  askerCutoff,
  askerHash,
  dedupeKey,
  hourOf,
  nextHour,
  type AskedWhere,
  type Escalation,
  type EscalationReason,
  type EscalationStore,
  type NewEscalation,
} from './escalations.ts';
import type { EscalationsTable } from './schema.ts';

type Row = Selectable<EscalationsTable>;

const at = (ms: number | null) => (ms === null ? null : new Date(Number(ms)));

function whereOf(row: Row): AskedWhere | null {
  if (!row.where_kind || !row.where_channel) return null;
  return {
    kind: row.where_kind as AskedWhere['kind'],
    channel: row.where_channel,
    ...(row.where_thread_ts ? { threadTs: row.where_thread_ts } : {}),
  };
}

function fromRow(row: Row): Escalation {
  return {
    id: row.id,
    createdAt: new Date(Number(row.created_at)),
    question: row.question ?? '',
    reason: row.reason as EscalationReason,
    topic: row.topic as TopicId | null,
    roles: (row.roles === '' ? [] : row.roles.split(',')) as RoleId[],
    gap: row.gap,
    askerId: row.asker_id,
    where: whereOf(row),
    expertsMessage: row.experts_channel && row.experts_ts ? { channel: row.experts_channel, ts: row.experts_ts } : null,
    answer: row.answer,
    answeredBy: row.answered_by,
    answeredAt: at(row.answered_at),
    deliveredAt: at(row.delivered_at),
    deliveryError: row.delivery_error,
  };
}

/** What goes once the answer is delivered (or 14 days have passed): who asked, where, and the key that names them. */
const FORGET_ASKER = {
  asker_id: null,
  where_kind: null,
  where_channel: null,
  where_thread_ts: null,
  dedupe_key: null,
} as const;
const FORGET_TEXT = { question: null, answer: null, gap: null } as const;

export type DbEscalationOptions = {
  /**
   * false (INSIGHTS_STORE_TEXT=false): question and answer text are kept only as long as the asker's id, to deliver
   * the answer, and deleted with it; insights then count escalations without listing them.
   */
  keepText?: boolean;
};

/** What every group of the store's methods works with. */
type Context = {
  database: Database;
  db: Database['db'];
  /** What delivery (and the 14-day purge) clears: the asker, and the text too when it is not kept. */
  forget: typeof FORGET_ASKER | (typeof FORGET_ASKER & typeof FORGET_TEXT);
  keepText: boolean;
};

async function getById({ db }: Context, id: string): Promise<Escalation | null> {
  const row = await db.selectFrom('escalations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : null;
}

async function getByKey({ db }: Context, key: string): Promise<Escalation | null> {
  const row = await db.selectFrom('escalations').selectAll().where('dedupe_key', '=', key).executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** One more escalation in the asker's current hour. */
async function countOne({ db }: Context, askerId: string, now: Date): Promise<void> {
  await db
    .insertInto('escalation_counts')
    .values({ asker_hash: askerHash(askerId), hour: hourOf(now), count: 1 })
    .onConflict((oc) =>
      oc.columns(['asker_hash', 'hour']).doUpdateSet((eb) => ({ count: eb('escalation_counts.count', '+', 1) })),
    )
    .execute();
}

const newRow = (input: NewEscalation, now: Date) => ({
  id: randomUUID(),
  created_at: now.getTime(),
  question: input.question,
  reason: input.reason,
  topic: input.topic,
  roles: input.roles.join(','),
  gap: input.gap,
  asker_id: input.askerId,
  where_kind: input.where.kind,
  where_channel: input.where.channel,
  where_thread_ts: input.where.threadTs ?? null,
  dedupe_key: dedupeKey(input.askerId, input.question),
});

/** The click: one escalation per asker and question while it is open, and the message to the HR team. */
function creating(ctx: Context): Pick<EscalationStore, 'create' | 'get' | 'setExpertsMessage'> {
  const { db } = ctx;
  return {
    async create(input, now = new Date()) {
      const row = newRow(input, now);
      // Tried twice: the open escalation holding the key may be delivered (its key deleted) in between.
      for (let attempt = 0; attempt < 2; attempt++) {
        const inserted = await db
          .insertInto('escalations')
          .values(row)
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
          await countOne(ctx, input.askerId, now);
          return { escalation: (await getById(ctx, row.id))!, created: true };
        }
        const existing = await getByKey(ctx, row.dedupe_key);
        if (existing) return { escalation: existing, created: false };
      }
      throw new Error('could not record the escalation');
    },
    get: (id) => getById(ctx, id),
    async setExpertsMessage(id, message) {
      await db
        .updateTable('escalations')
        .set({ experts_channel: message.channel, experts_ts: message.ts })
        .where('id', '=', id)
        .execute();
    },
  };
}

/** The HR team's Answer: the modal the app opened, and the one submission that wins. */
function answering(ctx: Context): Pick<EscalationStore, 'recordAnswerView' | 'answerView' | 'claimAnswer'> {
  const { db } = ctx;
  return {
    async recordAnswerView({ viewId, escalationId, openedBy }, now = new Date()) {
      await db
        .insertInto('answer_views')
        .values({ view_id: viewId, escalation_id: escalationId, opened_by: openedBy, opened_at: now.getTime() })
        .onConflict((oc) => oc.column('view_id').doNothing())
        .execute();
    },
    async answerView(viewId) {
      const row = await db.selectFrom('answer_views').selectAll().where('view_id', '=', viewId).executeTakeFirst();
      return row ? { viewId: row.view_id, escalationId: row.escalation_id, openedBy: row.opened_by } : null;
    },
    async claimAnswer(id, { text, by, at: when = new Date() }) {
      const claimed = await db
        .updateTable('escalations')
        .set({ answer: text, answered_by: by, answered_at: when.getTime() })
        .where('id', '=', id)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      const escalation = await getById(ctx, id);
      return Number(claimed.numUpdatedRows) > 0 && escalation ? { won: true, escalation } : { won: false, escalation };
    },
  };
}

/** The answer on its way to the asker: delivered (and the asker forgotten), failed, or taken for another try. */
function delivering({
  database,
  db,
  forget,
  keepText,
}: Context): Pick<EscalationStore, 'markDelivered' | 'markDeliveryFailed' | 'claimRedelivery'> {
  return {
    async markDelivered(id, when = new Date()) {
      await db
        .updateTable('escalations')
        .set({ ...forget, delivered_at: when.getTime(), delivery_error: null })
        .where('id', '=', id)
        .execute();
      // Text kept only until delivery is then gone from the files too, not only from the table.
      if (!keepText) await eraseDeleted(database).catch(() => {});
    },
    async markDeliveryFailed(id, reason) {
      await db
        .updateTable('escalations')
        .set({ delivery_error: reason.slice(0, 500) })
        .where('id', '=', id)
        .execute();
    },
    async claimRedelivery(id) {
      const taken = await db
        .updateTable('escalations')
        .set({ delivery_error: null })
        .where('id', '=', id)
        .where('delivery_error', 'is not', null)
        .where('delivered_at', 'is', null)
        .executeTakeFirst();
      return Number(taken.numUpdatedRows) > 0;
    },
  };
}

/** How many questions an asker may hand the HR team per clock hour. */
function rateLimiting(ctx: Context): Pick<EscalationStore, 'limitedUntil'> {
  return {
    async limitedUntil(askerId, question, perHour, now = new Date()) {
      if (await getByKey(ctx, dedupeKey(askerId, question))) return null;
      const row = await ctx.db
        .selectFrom('escalation_counts')
        .select('count')
        .where('asker_hash', '=', askerHash(askerId))
        .where('hour', '=', hourOf(now))
        .executeTakeFirst();
      return Number(row?.count ?? 0) >= perHour ? nextHour(now) : null;
    },
  };
}

/** Insights' listing, and retention: user ids and text deleted once their time is up. */
function insightsAndRetention({ db, forget }: Context): Pick<EscalationStore, 'list' | 'purgeUserIds' | 'forgetText'> {
  return {
    async list(since) {
      let query = db.selectFrom('escalations').selectAll().orderBy('created_at', 'desc');
      if (since) query = query.where('created_at', '>=', since.getTime());
      return (await query.execute()).map(fromRow);
    },
    async purgeUserIds(now = new Date()) {
      const result = await db
        .updateTable('escalations')
        .set({ ...forget, answered_by: null })
        .where('created_at', '<', askerCutoff(now).getTime())
        .where((eb) => eb.or([eb('asker_id', 'is not', null), eb('answered_by', 'is not', null)]))
        .executeTakeFirst();
      const cutoff = askerCutoff(now).getTime();
      await db.deleteFrom('answer_views').where('opened_at', '<', cutoff).execute();
      // The counts matter only for the hour they count.
      await db
        .deleteFrom('escalation_counts')
        .where('hour', '<', hourOf(now) - 24 * 60 * 60 * 1000)
        .execute();
      return Number(result.numUpdatedRows);
    },
    async forgetText(before) {
      const result = await db
        .updateTable('escalations')
        .set(FORGET_TEXT)
        .where('created_at', '<', before.getTime())
        .where((eb) => eb.or([eb('question', 'is not', null), eb('answer', 'is not', null)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

export function createDbEscalationStore(database: Database, options: DbEscalationOptions = {}): EscalationStore {
  const keepText = options.keepText !== false;
  const forget = keepText ? FORGET_ASKER : { ...FORGET_ASKER, ...FORGET_TEXT };
  const ctx: Context = { database, db: database.db, forget, keepText };
  return {
    ...creating(ctx),
    ...answering(ctx),
    ...delivering(ctx),
    ...rateLimiting(ctx),
    ...insightsAndRetention(ctx),
  };
}
