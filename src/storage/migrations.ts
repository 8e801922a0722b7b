/**
 * The schema's history, oldest first. Run at start-up (and by `npm run insights`) on either engine; each
 * runs once per database, in name order, under Kysely's migration lock, so instances starting together are safe.
 * Never edit a migration that has been released: add the next one. Column types are the ones both engines
 * read alike (see schema.ts); `idColumn` is the one place they differ.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from './config.ts';

export type StorageMigration = (db: Kysely<unknown>, engine: Engine) => Promise<void>;

/** An auto-numbered primary key, as each engine spells it. */
export function idColumn(db: Kysely<unknown>, engine: Engine, table: string) {
  return engine === 'postgres'
    ? db.schema.createTable(table).addColumn('id', 'bigserial', (c) => c.primaryKey())
    : db.schema.createTable(table).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

const initial: StorageMigration = async (db, engine) => {
  await idColumn(db, engine, 'questions')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('covered', 'integer', (c) => c.notNull())
    .addColumn('used_context', 'integer', (c) => c.notNull())
    .addColumn('latency_ms', 'double precision', (c) => c.notNull())
    .addColumn('question', 'text')
    .execute();
  await db.schema.createIndex('questions_at').on('questions').column('at').execute();
  await idColumn(db, engine, 'feedback')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('vote', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('question', 'text')
    .execute();
  await db.schema.createIndex('feedback_at').on('feedback').column('at').execute();
  await db.schema
    .createTable('conversation_context')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversation_context_expires').on('conversation_context').column('expires_at').execute();
  await db.schema
    .createTable('event_claims')
    .addColumn('event_id', 'text', (c) => c.primaryKey())
    .addColumn('instance', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'bigint', (c) => c.notNull())
    .addColumn('delivered_at', 'bigint')
    .execute();
  await db.schema.createIndex('event_claims_claimed').on('event_claims').column('claimed_at').execute();
};

const escalations: StorageMigration = async (db) => {
  await db.schema
    .createTable('escalations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('question', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('gap', 'text')
    .addColumn('asker_id', 'text')
    .addColumn('where_kind', 'text')
    .addColumn('where_channel', 'text')
    .addColumn('where_thread_ts', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('experts_channel', 'text')
    .addColumn('experts_ts', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'bigint')
    .addColumn('delivered_at', 'bigint')
    .addColumn('delivery_error', 'text')
    .execute();
  await db.schema.createIndex('escalations_created').on('escalations').column('created_at').execute();
};

/** Per-day counts the report reads instead of every question, filled from the questions already recorded. */
const questionRollups: StorageMigration = async (db) => {
  await db.schema
    .createTable('question_counts')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('covered', 'integer', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('used_context', 'integer', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('question_counts_key', ['day', 'surface', 'kind', 'covered', 'topic', 'used_context'])
    .execute();
  await db.schema
    .createTable('question_texts')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('covered', 'integer', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('question_texts_key', ['day', 'question', 'kind', 'covered'])
    .execute();
  await sql`insert into question_counts (day, surface, kind, covered, topic, used_context, count)
    select day, surface, kind, covered, coalesce(topic, ''), used_context, count(*) from questions
    group by day, surface, kind, covered, coalesce(topic, ''), used_context`.execute(db);
  await sql`insert into question_texts (day, question, kind, covered, count)
    select day, question, kind, covered, count(*) from questions where question is not null
    group by day, question, kind, covered`.execute(db);
};

const requestSignatures: StorageMigration = async (db) => {
  await db.schema
    .createTable('request_signatures')
    .addColumn('signature', 'text', (c) => c.primaryKey())
    .addColumn('timestamp_sec', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('request_signatures_timestamp')
    .on('request_signatures')
    .column('timestamp_sec')
    .execute();
};

/** With three or more roles, a conversation remembers which it discussed lately ("the other one" of those). */
const contextRecentRoles: StorageMigration = async (db) => {
  await db.schema
    .alterTable('conversation_context')
    .addColumn('recent', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
};

/**
 * A conversation remembers the topics it answered lately, so "back to my first question" can go back. Rows written
 * before have none ('') and read as a thread whose only topic is its last.
 */
const contextRecentTopics: StorageMigration = async (db) => {
  await db.schema
    .alterTable('conversation_context')
    .addColumn('topics', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
};

/** The role the last question's choice fell on ('' when none): what "that one" means next (Turn.chosen). */
const contextChosenRole: StorageMigration = async (db) => {
  await db.schema
    .alterTable('conversation_context')
    .addColumn('chosen', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
};

/**
 * PostgreSQL keeps a row's old version (with the text the retention sweep deleted) until vacuum; by default
 * autovacuum waits for a fifth of a table to be dead. The tables that hold text are vacuumed after
 * VACUUM_AFTER_ROWS changed rows instead, their long values (TOAST) too.
 */
const VACUUM_AFTER_ROWS = 100;
const TEXT_TABLES = ['questions', 'feedback', 'question_texts', 'escalations'];
const vacuumEarly: StorageMigration = async (db, engine) => {
  if (engine !== 'postgres') return;
  const settings = ['', 'toast.']
    .map((p) => `${p}autovacuum_vacuum_scale_factor = 0, ${p}autovacuum_vacuum_threshold = ${VACUUM_AFTER_ROWS}`)
    .join(', ');
  for (const table of TEXT_TABLES) await sql.raw(`alter table ${table} set (${settings})`).execute(db);
};

/**
 * The modals the app opened for an answer (views.open's view id), so that only those are accepted as answers;
 * and the per-hour counts of escalations per asker (a one-way hash of the user id, never with a question).
 */
const answerViewsAndLimits: StorageMigration = async (db) => {
  await db.schema
    .createTable('answer_views')
    .addColumn('view_id', 'text', (c) => c.primaryKey())
    .addColumn('escalation_id', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('answer_views_opened').on('answer_views').column('opened_at').execute();
  await db.schema
    .createTable('escalation_counts')
    .addColumn('asker_hash', 'text', (c) => c.notNull())
    .addColumn('hour', 'bigint', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('escalation_counts_key', ['asker_hash', 'hour'])
    .execute();
};

/** Unasked answers in channels that opted in (issue 20): threads claimed, people opted out, votes by how asked. */
const unprompted: StorageMigration = async (db) => {
  await db.schema
    .createTable('unprompted_threads')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('thread_ts', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'bigint', (c) => c.notNull())
    .addColumn('counted', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('unprompted_threads_key', ['channel', 'thread_ts'])
    .execute();
  await db.schema
    .createIndex('unprompted_threads_recent')
    .on('unprompted_threads')
    .columns(['channel', 'claimed_at'])
    .execute();
  await db.schema
    .createTable('unprompted_opt_outs')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('feedback').addColumn('surface', 'text').execute();
};

/** Name → migration. Names sort in the order they must run: a number first. */
export const MIGRATIONS: Record<string, StorageMigration> = {
  '001-questions-feedback-context-claims': initial,
  '002-escalations': escalations,
  '003-question-rollups': questionRollups,
  '004-request-signatures': requestSignatures,
  '005-context-recent-roles': contextRecentRoles,
  '006-vacuum-text-tables-early': vacuumEarly,
  '007-answer-views-escalation-counts': answerViewsAndLimits,
  '008-unprompted': unprompted,
  '009-context-recent-topics': contextRecentTopics,
  '010-context-chosen-role': contextChosenRole,
};

export function migrationsFor(engine: Engine): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, up]) => [name, { up: (db: Kysely<unknown>) => up(db, engine) }]),
  );
}
