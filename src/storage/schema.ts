/**
 * The tables, as Kysely types them. Times are milliseconds since the epoch (bigint columns, read back as
 * numbers on both engines); flags are 0/1 integers, so one query reads the same on SQLite and PostgreSQL.
 * A new table: add its type here and a migration in migrations.ts (README.md beside this file says how).
 */
import type { Generated } from 'kysely';

/** One question that got a reply: the record insights read. No Slack user id, ever. */
export type QuestionsTable = {
  id: Generated<number>;
  at: number;
  /** UTC day (YYYY-MM-DD), so per-day counts need no date functions, which differ between engines. */
  day: string;
  surface: 'slash' | 'mention' | 'dm' | 'button' | 'shortcut' | 'unprompted';
  kind: string;
  topic: string | null;
  /** Role ids, comma-separated, in the answer's order. */
  roles: string;
  confidence: number;
  covered: number;
  used_context: number;
  latency_ms: number;
  /** null once INSIGHTS_RETENTION_DAYS have passed, or always when INSIGHTS_STORE_TEXT is false. */
  question: string | null;
};

/** One 👍/👎 with the answer it was about (kind, topic, roles, question). No Slack user id. */
export type FeedbackTable = {
  id: Generated<number>;
  at: number;
  day: string;
  vote: 'up' | 'down';
  topic: string | null;
  roles: string;
  question: string | null;
  /** How the answer voted on was asked, when its button said (unprompted answers' do); null otherwise. */
  surface: string | null;
};

/**
 * Threads the bot answered unasked (ANSWER_CHANNELS): claimed before answering, so a retry, a replay or another
 * instance never answers a thread twice; and counted per channel for the hourly cap. No user id, no text.
 */
export type UnpromptedThreadsTable = {
  channel: string;
  thread_ts: string;
  claimed_at: number;
  /** 0 when the hourly cap turned it down after claiming it (a race between instances): not counted, not answered. */
  counted: number;
};

/** People who turned unasked answers off for themselves ("Don't answer my questions unasked"): the user id alone. */
export type UnpromptedOptOutsTable = {
  user_id: string;
  at: number;
};

/** The last answered topic and roles of a conversation (DM channel, or channel + thread), until it expires. */
export type ConversationContextTable = {
  key: string;
  topic: string;
  roles: string;
  /** The roles discussed lately, most recent first (comma-separated): what "both" and "the other one" mean. */
  recent: string;
  /** The topics answered lately, most recent first (comma-separated; '' in rows from before): "back to my first question". */
  topics: string;
  /** The role the last question's choice fell on ('' when none, and in rows from before): what "that one" means. */
  chosen: string;
  expires_at: number;
};

/** Slack events claimed by an instance before it answers them, so a retry is answered only when nobody did. */
export type EventClaimsTable = {
  event_id: string;
  instance: string;
  claimed_at: number;
  delivered_at: number | null;
};

/**
 * A question handed to the HR team ("Ask the HR team"), until answered and delivered. The asker's user id, where
 * they asked and the duplicate-click key exist only while it is open (deleted on delivery or after 14 days); the
 * answering expert's id goes after 14 days; question and answer text after INSIGHTS_RETENTION_DAYS.
 */
export type EscalationsTable = {
  id: string;
  created_at: number;
  question: string | null;
  reason: string;
  topic: string | null;
  roles: string;
  gap: string | null;
  asker_id: string | null;
  where_kind: string | null;
  where_channel: string | null;
  where_thread_ts: string | null;
  /** A hash of asker and question: unique, so a second click cannot start a second escalation. */
  dedupe_key: string | null;
  experts_channel: string | null;
  experts_ts: string | null;
  answer: string | null;
  answered_by: string | null;
  answered_at: number | null;
  delivered_at: number | null;
  delivery_error: string | null;
};

/**
 * Questions counted per UTC day and by what the report groups them by, kept up to date with every write: the
 * report reads a few thousand rows here instead of every question. `topic` is '' for none (a key column).
 */
export type QuestionCountsTable = {
  day: string;
  surface: string;
  kind: string;
  covered: number;
  topic: string;
  used_context: number;
  count: number;
};

/** Question texts counted per UTC day (kept only while text is: INSIGHTS_RETENTION_DAYS), for the grouped lists. */
export type QuestionTextsTable = {
  day: string;
  question: string;
  kind: string;
  covered: number;
  count: number;
};

/** Signatures of signed requests already seen, for as long as their timestamp is accepted (replays refused). */
export type RequestSignaturesTable = {
  signature: string;
  timestamp_sec: number;
};

/** A modal the app opened for an expert to answer an escalation: only these are accepted as answers. */
export type AnswerViewsTable = {
  view_id: string;
  escalation_id: string;
  /** The expert who clicked Answer; deleted with the other user ids after ASKER_KEPT_DAYS. */
  opened_by: string;
  opened_at: number;
};

/** Escalations per asker and hour, for the per-hour limit: a one-way hash of the user id, no question. */
export type EscalationCountsTable = {
  asker_hash: string;
  /** The hour, as epoch milliseconds of its start. */
  hour: number;
  count: number;
};

export type Tables = {
  answer_views: AnswerViewsTable;
  escalation_counts: EscalationCountsTable;
  request_signatures: RequestSignaturesTable;
  questions: QuestionsTable;
  question_counts: QuestionCountsTable;
  question_texts: QuestionTextsTable;
  feedback: FeedbackTable;
  conversation_context: ConversationContextTable;
  event_claims: EventClaimsTable;
  escalations: EscalationsTable;
  unprompted_threads: UnpromptedThreadsTable;
  unprompted_opt_outs: UnpromptedOptOutsTable;
};
