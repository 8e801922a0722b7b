import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { writeRecords } from '../../src/storage/insights-store.ts';
import type { QuestionRecord } from '../../src/storage/records.ts';
import { main, parseSince } from '../../src/cli/insights.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from '../storage/engines.ts';
import { runBundled } from '../support/bundled.ts';
import { threeRoleKnowledge } from '../support/knowledge-copy.ts';
import { runMain } from '../support/run-main.ts';

const DAY = 86_400_000;
const now = Date.now();

/** `npm run insights` as a user runs it, in this process, against the database in `env` only (no .env leaks in). */
const insights = (args: string[], env: Record<string, string>) => runMain(main, args, env);

const envFor = (test: TestDatabase): Record<string, string> =>
  test.target.engine === 'postgres' ? { DATABASE_URL: test.target.url } : { DATABASE_PATH: test.target.path };

const q = (question: string, extra: Partial<QuestionRecord> = {}): QuestionRecord => ({
  at: now - 60_000,
  surface: 'dm',
  kind: 'answer',
  topic: 'salary',
  roles: ['care-manager'],
  confidence: 0.9,
  covered: true,
  usedContext: false,
  latencyMs: 3,
  question,
  ...extra,
});

describe.each(ENGINES)('npm run insights on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    const database = await openDatabase(test.target);
    await writeRecords(
      database,
      [
        q('how much do care managers make'),
        q('How much do care managers make?'),
        q('what does a care manager earn', { at: now - 10 * DAY }),
        q('how do I become a pilot', { kind: 'declined', topic: null, roles: [] }),
        q('how much does the CCM exam cost', { covered: false, topic: 'certification', roles: ['case-manager'] }),
        q('thanks!', { kind: 'smalltalk', topic: null, roles: [] }),
      ],
      [
        {
          at: now - 60_000,
          vote: 'down',
          topic: 'salary',
          roles: ['care-manager'],
          question: 'how much do care managers make',
        },
      ],
      { storeText: true },
    );
    await database.close();
  });
  afterAll(() => test?.drop());

  it('--json prints one object with the agreed fields; --since leaves older questions out', async () => {
    const all = JSON.parse((await insights(['--json'], envFor(test))).stdout);
    expect(all).toMatchObject({
      questions: 6,
      answered: 3,
      declined: 1,
      smalltalk: 1,
      notCovered: 1,
      feedback: { up: 0, down: 1 },
    });
    expect(all.topics).toEqual([
      { topic: 'salary', count: 3 },
      { topic: 'certification', count: 1 },
    ]);
    expect(all.unanswered).toEqual([
      { question: 'how do I become a pilot', count: 1, reason: 'declined' },
      { question: 'how much does the CCM exam cost', count: 1, reason: 'not covered' },
    ]);
    const week = JSON.parse((await insights(['--json', '--since', '7d'], envFor(test))).stdout);
    expect(week.questions).toBe(5);
  });

  it('prints a report people read: counts, charts, the most asked grouped, unanswered, 👎 with their question', async () => {
    const { stdout } = await insights(['--since', '30d'], envFor(test));
    expect(stdout).toContain('Questions            6');
    expect(stdout).toMatch(/Salary\s+█+ 3/);
    expect(stdout).toContain('2  “How much do care managers make?”');
    expect(stdout).toContain('“how do I become a pilot”  (declined)');
    expect(stdout).toContain('“how much do care managers make”  → Salary');
    expect(stdout).toContain('Sources overdue for review (npm run kb -- check)\n  (none)');
    expect(stdout).toContain('Top unanswered: declined, or not covered by the article');
  });

  it('lists the sources of the knowledge it loads whose review is overdue, in text and --json', async () => {
    const copy = threeRoleKnowledge();
    try {
      // The hospital's policy, last reviewed on 2026-06-01 with a 90-day interval: overdue from 2026-08-31 on.
      const env = { ...envFor(test), KNOWLEDGE_DIR: copy.dir };
      const report = JSON.parse((await insights(['--json'], env)).stdout);
      expect(report.overdueSources).toEqual([
        expect.objectContaining({
          id: 'northfield-staff-policy',
          reviewed: '2026-06-01',
          reviewer: 'Dana Reyes, HR business partner',
          due: '2026-08-30',
        }),
      ]);
      expect(report.overdueSources[0].daysOverdue).toBeGreaterThan(0);
      const { stdout } = await insights([], env);
      // Two sources: named as the App Home names them.
      expect(stdout).toContain('Top unanswered: declined, or not covered by the sources');
      expect(stdout).toMatch(
        /⚠ Case and care management staff policy \(northfield-staff-policy\): last reviewed 2026-06-01 by Dana Reyes, HR business partner, due 2026-08-30, \d+ days overdue/,
      );
    } finally {
      copy.remove();
    }
  });
});

describe('npm run insights, misused', () => {
  it('a --since it cannot read: says what it takes, exit 2', async () => {
    const error = await insights(['--since', 'last tuesday'], { DATABASE_PATH: ':memory:' });
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('--since takes a duration such as 7d');
  });

  it('--help; an unknown flag, a missing or bad value: named, with the usage, exit 2', async () => {
    const help = await insights(['-h'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('npm run insights -- --since 7d');
    const cases: Array<[string[], string]> = [
      [['--sinse', '7d'], 'unknown option --sinse: the options are --json, --since, --limit, --help'],
      [['--since'], '--since needs a value: a duration such as 7d, 24h, 30m, 2w, or a date such as 2026-01-31'],
      [['--limit', '0'], '--limit takes a whole number from 1 to 1000 (found "0")'],
      [['--limit', 'ten'], '--limit takes a whole number from 1 to 1000 (found "ten")'],
      [['--json', 'yes'], 'unexpected argument "yes": only the options below are taken'],
    ];
    for (const [args, message] of cases) {
      const { stdout, stderr, code } = await insights(args, { DATABASE_PATH: ':memory:' });
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(/\n\nUsage:\n {2}npm run insights /);
      expect(stderr.split('\n\n')[0], args.join(' ')).toBe(message);
      expect(stdout).toBe('');
    }
  });

  it('a database it cannot reach: names DATABASE_URL, never the password (run as its own process)', async () => {
    const error = await runBundled('insights', ['--json'], {
      DATABASE_URL: 'postgres://bot:very-secret-9@127.0.0.1:1/x',
    });
    expect(error.code).toBe(1);
    expect(error.stderr).toMatch(/^insights cannot run: the database in DATABASE_URL/);
    expect(error.stderr).not.toContain('very-secret-9');
  });

  it('reads durations and dates', () => {
    expect(parseSince('7d', 10 * DAY)).toBe(3 * DAY);
    expect(parseSince('24h', DAY)).toBe(0);
    expect(parseSince('2026-01-31')).toBe(Date.UTC(2026, 0, 31));
    expect(parseSince('soon')).toBeNull();
  });
});
