import { afterEach, describe, expect, it } from 'vitest';
import { createEventClaims } from '../../src/storage/claims.ts';
import { createDbContextStore } from '../../src/storage/context-store.ts';
import { openDatabase, type Database } from '../../src/storage/database.ts';
import { writeRecords } from '../../src/storage/insights-store.ts';
import { createRecorder } from '../../src/storage/recorder.ts';
import type { QuestionRecord } from '../../src/storage/records.ts';
import { insightsReport, questionKey } from '../../src/storage/report.ts';
import { applyRetention, RETENTION_BATCH } from '../../src/storage/retention.ts';
import { createDbReplayGuard } from '../../src/storage/replay-guard.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from './engines.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 5, 15, 12);

const question = (overrides: Partial<QuestionRecord> = {}): QuestionRecord => ({
  at: NOW,
  surface: 'dm',
  kind: 'answer',
  topic: 'salary',
  roles: ['case-manager'],
  confidence: 0.9,
  covered: true,
  usedContext: false,
  latencyMs: 2,
  question: 'how much do case managers make',
  ...overrides,
});

describe.each(ENGINES)('stores on %s', (engine) => {
  let test: TestDatabase;
  const opened: Database[] = [];
  const open = async () => {
    const database = await openDatabase(test.target);
    opened.push(database);
    return database;
  };
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close().catch(() => {});
    await test?.drop();
  });

  it('conversation context: any instance reads what another set, until it expires', async () => {
    test = await createTestDatabase(engine);
    let now = NOW;
    const one = createDbContextStore(await open(), 60_000, () => now);
    const other = createDbContextStore(await open(), 60_000, () => now);
    expect(await other.get('D1')).toBeNull();
    await one.set('D1', { topic: 'certification', roles: ['case-manager'] });
    expect(await other.get('D1')).toEqual({ topic: 'certification', roles: ['case-manager'] });
    await other.set('D1', { topic: 'certification', roles: ['care-manager', 'case-manager'] });
    expect(await one.get('D1')).toEqual({ topic: 'certification', roles: ['care-manager', 'case-manager'] });
    now += 60_001;
    expect(await one.get('D1')).toBeNull();
    const swept = await applyRetention(opened[0]!, 30, now);
    expect(swept.contexts).toBe(1);
  });

  it('conversation context: the topics a thread answered lately, the role chosen, and rows written before', async () => {
    test = await createTestDatabase(engine);
    const database = await open();
    const store = createDbContextStore(database, 60_000, () => NOW);
    const turn = {
      topic: 'education',
      roles: ['care-manager', 'case-manager'],
      recent: ['care-manager', 'case-manager'],
      topics: ['education', 'salary'],
      chosen: 'care-manager',
    };
    await store.set('D2', turn);
    expect(await store.get('D2')).toEqual(turn);
    // A row as an instance before migrations 009 and 010 wrote it: no topics or chosen column given, read as the last
    // topic only, no role chosen.
    await database.db
      .insertInto('conversation_context')
      .values({
        key: 'D3',
        topic: 'salary',
        roles: 'case-manager',
        recent: 'case-manager',
        expires_at: NOW + 60_000,
      } as never)
      .execute();
    expect(await store.get('D3')).toEqual({ topic: 'salary', roles: ['case-manager'], recent: ['case-manager'] });
  });

  it('event claims: one instance wins; a stale, undelivered claim is taken over once; a delivered one never', async () => {
    test = await createTestDatabase(engine);
    let now = NOW;
    const a = createEventClaims(await open(), { staleMs: 30_000, instance: 'a', now: () => now });
    const b = createEventClaims(await open(), { staleMs: 30_000, instance: 'b', now: () => now });
    const c = createEventClaims(opened[1]!, { staleMs: 30_000, instance: 'c', now: () => now });
    expect(await Promise.all([a.claim('Ev1'), b.claim('Ev1')])).toEqual(expect.arrayContaining([true, false]));
    expect(await b.claim('Ev1')).toBe(false);
    now += 31_000;
    // Two retries racing for a stale claim: exactly one answers it.
    const raced = await Promise.all([b.claim('Ev1'), c.claim('Ev1')]);
    expect(raced.filter(Boolean)).toHaveLength(1);
    await a.claim('Ev2');
    await a.delivered('Ev2');
    now += 10 * 60_000;
    expect(await b.claim('Ev2')).toBe(false);
  });

  it('replay guard: a signature is new once, on any instance; old ones are pruned', async () => {
    test = await createTestDatabase(engine);
    let now = NOW;
    const one = createDbReplayGuard(await open(), 300, () => now);
    const other = createDbReplayGuard(await open(), 300, () => now);
    expect(await one.firstSight('v0=abc', NOW / 1000)).toBe(true);
    expect(await other.firstSight('v0=abc', NOW / 1000)).toBe(false);
    expect(await other.firstSight('v0=def', NOW / 1000)).toBe(true);
    now += 11 * 60_000;
    await one.firstSight('v0=ghi', now / 1000);
    for (
      let i = 0;
      i < 50 && (await opened[0]!.db.selectFrom('request_signatures').selectAll().execute()).length > 1;
      i++
    )
      await new Promise((r) => setTimeout(r, 20));
    expect(
      (await opened[0]!.db.selectFrom('request_signatures').select('signature').execute()).map((r) => r.signature),
    ).toEqual(['v0=ghi']);
  });

  it('retention deletes question text in batches and keeps every count; the no-text setting stores none', async () => {
    test = await createTestDatabase(engine);
    const database = await open();
    const old = Array.from({ length: RETENTION_BATCH * 2 + 7 }, (_, i) =>
      question({ at: NOW - 40 * DAY + i, question: `old question ${i % 3}` }),
    );
    await writeRecords(
      database,
      [...old, question()],
      [{ at: NOW - 40 * DAY, vote: 'down', topic: 'salary', roles: [], question: 'old' }],
      { storeText: true },
    );
    const before = await insightsReport(database);
    const swept = await applyRetention(database, 30, NOW);
    expect(swept).toMatchObject({ questionTexts: old.length, feedbackTexts: 1 });
    const after = await insightsReport(database);
    expect(after.questions).toBe(before.questions);
    expect(after.days).toEqual(before.days);
    expect(after.feedback).toEqual({ up: 0, down: 1 });
    expect(after.mostAsked).toEqual([{ question: 'how much do case managers make', count: 1 }]);
    expect(after.downvoted[0]!.question).toBe('(text no longer kept)');

    await writeRecords(database, [question({ question: 'secret patient detail' })], [], { storeText: false });
    const texts = await database.db
      .selectFrom('questions')
      .select('question')
      .where('question', 'is not', null)
      .execute();
    expect(texts.map((t) => t.question)).toEqual(['how much do case managers make']);
  });

  it('the report counts kinds, topics, days; groups the same question in different words', async () => {
    test = await createTestDatabase(engine);
    const database = await open();
    await writeRecords(
      database,
      [
        question({ question: 'How much do case managers make?' }),
        question({ question: 'case manager make how much', at: NOW - DAY }),
        question({ question: 'How much do case managers make?' }),
        question({ kind: 'declined', topic: null, roles: [], question: 'how do I become a pilot' }),
        question({ kind: 'declined', topic: null, roles: [], question: 'How do I become a pilot?' }),
        question({
          covered: false,
          topic: 'certification',
          question: 'how much does the CCM exam cost',
          usedContext: true,
        }),
        question({ kind: 'smalltalk', topic: null, roles: [], question: 'hi', surface: 'mention' }),
      ],
      [{ at: NOW, vote: 'up', topic: 'salary', roles: ['case-manager'], question: 'case manager salary' }],
      { storeText: true },
    );
    const report = await insightsReport(database, { since: NOW - 2 * DAY });
    expect(report).toMatchObject({
      questions: 7,
      answered: 3,
      notCovered: 1,
      declined: 2,
      smalltalk: 1,
      usedContext: 1,
      feedback: { up: 1, down: 0 },
    });
    expect(report.topics).toEqual([
      { topic: 'salary', count: 3 },
      { topic: 'certification', count: 1 },
    ]);
    expect(report.days).toEqual([
      { day: '2026-06-14', count: 1 },
      { day: '2026-06-15', count: 6 },
    ]);
    expect(report.mostAsked[0]).toEqual({ question: 'How much do case managers make?', count: 3 });
    expect(report.unanswered).toEqual([
      { question: 'How do I become a pilot?', count: 2, reason: 'declined' },
      { question: 'how much does the CCM exam cost', count: 1, reason: 'not covered' },
    ]);
    expect((await insightsReport(database, { since: NOW })).questions).toBe(6);
  });

  it('a database gone while running: records are counted as lost, nothing throws', async () => {
    test = await createTestDatabase(engine);
    const database = await open();
    const warnings: string[] = [];
    const recorder = createRecorder(database, { storeText: true, warn: (message) => warnings.push(message) });
    recorder.question(question());
    await recorder.flush();
    await database.close();
    recorder.question(question());
    recorder.feedback({ at: NOW, vote: 'down', topic: null, roles: [], question: 'x' });
    await recorder.flush();
    expect(recorder.lost).toBe(2);
    expect(warnings.join('\n')).toMatch(/insights: 2 record\(s\) could not be stored .*2 lost since start/);
  });
});

it('questionKey: wording, case, punctuation and plurals do not make another question', () => {
  expect(questionKey('What is the salary of a case manager?')).toBe(questionKey('case managers salary'));
  expect(questionKey('how do I become a pilot')).not.toBe(questionKey('how do I become a nurse'));
});
