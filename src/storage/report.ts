import type { Database } from './database.ts';
import { dayOf } from './records.ts';
import { escalationInsights } from './escalation-report.ts';
import type { Counted, InsightsReport, OverdueSource } from '../records/insights.ts';

export type { Counted, InsightsReport, OverdueSource } from '../records/insights.ts';

export type ReportOptions = {
  since?: number;
  limit?: number;
  /** Freshness comes from the knowledge the caller loaded: the database does not know it. */
  overdueSources?: OverdueSource[];
};

// Words that do not change which question it is ("what is the salary" and "salary?" are the same question).
const FILLER = new Set(
  'a an the is are was be do does did what whats which how who when where why can could would should will i im me my we our you your it its they them their this that these there of to in on at for and or with about please pls plz hi hey hello thanks so just some any much many tell know me vs versus'.split(
    ' ',
  ),
);

/** The words that make a question what it is, in a fixed order: its group. */
export function questionKey(question: string): string {
  const words = question
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !FILLER.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return [...new Set(words)].sort().join(' ') || question.trim().toLowerCase();
}

type Group = { count: number; wordings: Map<string, number> };

/** Groups counted wordings by questionKey; each group is shown in its most frequent wording. */
export function groupQuestions(
  rows: Array<{ question: string; count: number }>,
  limit: number,
): Array<Counted<'question'>> {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const key = questionKey(row.question);
    let group = groups.get(key);
    if (!group) {
      group = { count: 0, wordings: new Map() };
      groups.set(key, group);
    }
    group.count += row.count;
    group.wordings.set(row.question, (group.wordings.get(row.question) ?? 0) + row.count);
  }
  return (
    [...groups.values()]
      .sort((a, b) => b.count - a.count)
      .slice(0, limit)
      // Ties go to the first wording in code-point order, so every engine shows the same one.
      .map((g) => ({
        question: [...g.wordings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
        count: g.count,
      }))
  );
}

const byCount = <K extends string>(key: K, counts: Map<string, number>): Array<Counted<K>> =>
  [...counts]
    .map(([value, count]) => ({ [key]: value, count }) as Counted<K>)
    .sort((a, b) => b.count - a.count || (a[key] < b[key] ? -1 : 1));

const add = (counts: Map<string, number>, key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);

const DAY_MS = 86_400_000;

/**
 * Rows from the per-day rollups from the first whole UTC day at or
 * after `since`. Before it (part of a day, for --since 24h) the questions are read through their time index.
 */
async function rolledThenPartial<R>(
  since: number,
  rolled: (fromDay: string) => Promise<R[]>,
  partialDay: (boundary: number) => Promise<R[]>,
): Promise<R[]> {
  const boundary = Math.ceil(since / DAY_MS) * DAY_MS;
  const rows = await rolled(dayOf(boundary));
  if (since >= boundary) return rows;
  return [...(await partialDay(boundary)), ...rows];
}

type CountRow = {
  day: string;
  kind: string;
  covered: number;
  topic: string | null;
  surface: string;
  used_context: number;
  n: number;
};

async function countRows(database: Database, since: number): Promise<CountRow[]> {
  const { db } = database;
  return rolledThenPartial<CountRow>(
    since,
    (fromDay) =>
      db
        .selectFrom('question_counts')
        .select(['day', 'kind', 'covered', 'topic', 'surface', 'used_context', 'count as n'])
        .where('day', '>=', fromDay)
        .execute(),
    (boundary) =>
      db
        .selectFrom('questions')
        .select([
          'day',
          'kind',
          'covered',
          'topic',
          'surface',
          'used_context',
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .where('at', '>=', since)
        .where('at', '<', boundary)
        .groupBy(['day', 'kind', 'covered', 'topic', 'surface', 'used_context'])
        .execute(),
  );
}

/** Counts per kind, topic, surface and day, from the rollups (and the questions of a partial first day). */
async function countQuestions(database: Database, since: number) {
  const rows = await countRows(database, since);
  const totals = { questions: 0, answered: 0, notCovered: 0, declined: 0, smalltalk: 0, usedContext: 0 };
  const topics = new Map<string, number>();
  const surfaces = new Map<string, number>();
  const days = new Map<string, number>();
  for (const row of rows) {
    const n = Number(row.n);
    totals.questions += n;
    if (row.kind === 'answer') totals[row.covered ? 'answered' : 'notCovered'] += n;
    else if (row.kind === 'smalltalk') totals.smalltalk += n;
    else totals.declined += n;
    if (row.used_context) totals.usedContext += n;
    if (row.kind === 'answer' && row.topic) add(topics, row.topic, n);
    add(surfaces, row.surface, n);
    add(days, row.day, n);
  }
  const perDay = [...days].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, count]) => ({ day, count }));
  return { totals, topics: byCount('topic', topics), surfaces: byCount('surface', surfaces), days: perDay };
}

type TextRow = { question: string; kind: string; covered: number; n: number };

async function textRows(database: Database, since: number): Promise<TextRow[]> {
  const { db } = database;
  return rolledThenPartial<TextRow>(
    since,
    (fromDay) =>
      db
        .selectFrom('question_texts')
        .select(['question', 'kind', 'covered', (eb) => eb.fn.sum<number>('count').as('n')])
        .where('day', '>=', fromDay)
        .where('kind', 'not in', ['smalltalk', 'empty'])
        .groupBy(['question', 'kind', 'covered'])
        .execute(),
    async (boundary) => {
      const rows = await db
        .selectFrom('questions')
        .select(['question', 'kind', 'covered', (eb) => eb.fn.countAll<number>().as('n')])
        .where('at', '>=', since)
        .where('at', '<', boundary)
        .where('question', 'is not', null)
        .where('kind', 'not in', ['smalltalk', 'empty'])
        .groupBy(['question', 'kind', 'covered'])
        .execute();
      return rows.map((r) => ({ ...r, question: r.question! }));
    },
  );
}

/** The wordings of answered and unanswered questions, grouped. Only text still kept (retention) is read. */
async function groupTexts(database: Database, since: number, limit: number) {
  const rows = await textRows(database, since);
  const counted = (want: (r: TextRow) => boolean) =>
    rows.filter(want).map((r) => ({ question: r.question, count: Number(r.n) }));
  const declined = groupQuestions(
    counted((r) => r.kind === 'declined'),
    limit,
  ).map((g) => ({ ...g, reason: 'declined' as const }));
  const notCovered = groupQuestions(
    counted((r) => r.kind === 'answer' && !r.covered),
    limit,
  ).map((g) => ({ ...g, reason: 'not covered' as const }));
  const unanswered = [...declined, ...notCovered].sort((a, b) => b.count - a.count).slice(0, limit);
  return {
    mostAsked: groupQuestions(
      counted(() => true),
      limit,
    ),
    unanswered,
  };
}

async function countFeedback(database: Database, since: number, limit: number) {
  const rows = await database.db
    .selectFrom('feedback')
    .select(['vote', 'topic', 'roles', 'question', 'surface', (eb) => eb.fn.countAll<number>().as('n')])
    .where('at', '>=', since)
    .groupBy(['vote', 'topic', 'roles', 'question', 'surface'])
    .execute();
  const feedback = { up: 0, down: 0 };
  const unpromptedFeedback = { up: 0, down: 0 };
  for (const row of rows) {
    feedback[row.vote] += Number(row.n);
    if (row.surface === 'unprompted') unpromptedFeedback[row.vote] += Number(row.n);
  }
  // One line per answer, however it was asked.
  const down = new Map<string, { question: string; topic: string | null; roles: string[]; count: number }>();
  for (const r of rows.filter((row) => row.vote === 'down')) {
    const key = JSON.stringify([r.question, r.topic, r.roles]);
    const seen = down.get(key) ?? {
      question: r.question ?? '(text no longer kept)',
      topic: r.topic,
      roles: r.roles === '' ? [] : r.roles.split(','),
      count: 0,
    };
    down.set(key, { ...seen, count: seen.count + Number(r.n) });
  }
  const downvoted = [...down.values()].sort((a, b) => b.count - a.count).slice(0, limit);
  return { feedback, unpromptedFeedback, downvoted };
}

export async function insightsReport(database: Database, options: ReportOptions = {}): Promise<InsightsReport> {
  const since = options.since ?? 0;
  const limit = options.limit ?? 10;
  const counts = await countQuestions(database, since);
  const texts = await groupTexts(database, since, limit);
  const votes = await countFeedback(database, since, limit);
  const hr = await escalationInsights(database, since, limit);
  return {
    since: options.since === undefined ? null : new Date(since).toISOString(),
    ...counts.totals,
    feedback: votes.feedback,
    unpromptedFeedback: votes.unpromptedFeedback,
    topics: counts.topics,
    surfaces: counts.surfaces,
    days: counts.days,
    mostAsked: texts.mostAsked,
    unanswered: texts.unanswered,
    downvoted: votes.downvoted,
    ...hr,
    overdueSources: options.overdueSources ?? [],
  };
}
