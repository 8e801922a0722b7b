import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatAnswerText } from '../../src/cli/format-text.ts';
import { withoutSlackIds } from '../../src/cli/kb-add-answer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { shortId } from '../../src/storage/escalation-report.ts';
import { createDbEscalationStore } from '../../src/storage/escalations-db.ts';
import type { NewEscalation } from '../../src/storage/escalations.ts';
import { createTestDatabase, type TestDatabase } from '../storage/engines.ts';
import { main } from '../../src/cli/kb.ts';
import { runBundled } from '../support/bundled.ts';
import { arrayAt, objectAt, type JsonObject } from '../support/json-edit.ts';
import { copyKnowledge, knowledgeWithFixture, threeRoleKnowledge } from '../support/knowledge-copy.ts';
import { runMain } from '../support/run-main.ts';

/** `npm run kb -- ...` as a knowledge keeper runs it, in this process, with only the environment given (no .env). */
const kb = (args: string[], env: Record<string, string> = {}) => runMain(main, args, env);

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A copy of the shipped knowledge, with the third-role fixture (a social worker and a hospital policy) over it if asked. */
function knowledge(thirdRole = false): string {
  const copy = thirdRole ? threeRoleKnowledge() : copyKnowledge();
  cleanups.push(copy.remove);
  return copy.dir;
}

function editJson(dir: string, file: string, change: (data: JsonObject) => void): void {
  const data = objectAt(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  change(data);
  writeFileSync(join(dir, file), JSON.stringify(data, null, 2));
}

/** The check is read in a terminal: no line wider than 100 columns. */
function expectWithin100Columns(text: string): void {
  for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(100);
}

describe('npm run kb -- check', () => {
  it('passes on the shipped knowledge and prints the sources and the coverage table, within 100 columns (run as its own process)', async () => {
    const dir = knowledge();
    const { stdout, code } = await runBundled('kb', ['check', '--dir', dir, '--today', '2026-12-02']);
    expect(code).toBe(0);
    expect(stdout).toContain('valid: 2 roles, 8 topics, 1 source');
    expect(stdout).toContain(
      'indeed-case-vs-care-2021: “Case Manager vs. Care Manager: Definitions and Key Differences”',
    );
    expect(stdout).toContain('reviewed 2026-12-02 by career-bot maintainers');
    expect(stdout).toContain('review due 2027-03-02');
    expect(stdout).toMatch(/ {20,}Case manager {4}Care manager {4}Both \(shared\)/);
    expect(stdout).toMatch(/Job duties {10,}9 {15}7 {15}1/);
    expect(stdout).toMatch(/Salary {10,}1 \+s/);
    expect(stdout).toContain('Case manager × Salary: The article gives no salary figure');
    expect(stdout).toContain('Valid, nothing overdue, nothing missing.');
    expect(stdout).not.toContain('OVERDUE');
    expectWithin100Columns(stdout);
  });

  it('--json: sources with their due date, the coverage per topic and role', async () => {
    const { stdout, code } = await kb(['check', '--json', '--dir', knowledge(true), '--today', '2026-12-02']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      valid: true,
      roles: 3,
      topics: 8,
      overdue: ['northfield-staff-policy'],
      drafts: [],
      missing: [],
    });
    expect(report.sources).toContainEqual(
      expect.objectContaining({ id: 'northfield-staff-policy', local: true, due: '2026-08-30', daysOverdue: 94 }),
    );
    const salary = report.coverage.find((row: { topic: string }) => row.topic === 'salary');
    expect(salary.cells['case-manager']).toMatchObject({ facts: 2, local: 1, missing: false });
    expect(salary.cells['social-worker']).toMatchObject({ facts: 2, local: 0, silent: null });
  });

  it('a broken file: exit 1, naming the file and the field', async () => {
    const dir = knowledge(true);
    editJson(dir, 'sources/northfield-staff-policy.json', (source) => (source.reviewed = 'June 1'));
    const { stderr, code } = await kb(['check', '--dir', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain('The knowledge folder does not load');
    expect(stderr).toMatch(
      /sources\/northfield-staff-policy\.json\n {2}✗ reviewed: found "June 1": a date is written YYYY-MM-DD/,
    );
    editJson(dir, 'sources/northfield-staff-policy.json', (source) => (source.reviewed = '2026-06-01'));
    editJson(dir, 'facts/northfield-staff-policy.json', (file) => {
      objectAt(file, 'facts', 1).topic = 'pay';
    });
    const json = await kb(['check', '--json', '--dir', dir]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      valid: false,
      problems: [{ file: expect.stringMatching(/facts\/northfield-staff-policy\.json$/), field: 'facts[1].topic' }],
    });
  });

  it('a source past its review date on --today is flagged OVERDUE; the exit code stays 0', async () => {
    const dir = knowledge(true);
    const before = await kb(['check', '--dir', dir, '--today', '2026-08-30']);
    expect(before.code).toBe(0);
    expect(before.stdout).not.toContain('OVERDUE');
    const after = await kb(['check', '--dir', dir, '--today', '2026-09-10']);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('reviewed 2026-06-01 by Dana Reyes, HR business partner');
    expect(after.stdout).toContain('review due 2026-08-30  ⚠ OVERDUE by 11 days');
    expect(after.stdout).toContain('⚠ OVERDUE northfield-staff-policy: review was due 2026-08-30.');
    expect(after.stdout).toContain('Valid, with 1 source overdue for review and 0 missing cells');
    expectWithin100Columns(after.stdout);
  });

  it("a role's name longer than its column is wrapped at its spaces, never cut", async () => {
    const copy = knowledgeWithFixture('transplant');
    cleanups.push(copy.remove);
    editJson(copy.dir, 'roles/transplant-coordinator.json', (role) => {
      role.name = 'Transplant nurse coordinator (adult and pediatric)';
    });
    const { stdout, code } = await kb(['check', '--dir', copy.dir, '--today', '2026-12-02']);
    expect(code).toBe(0);
    const table = stdout.slice(stdout.indexOf('Coverage'), stdout.indexOf('Silent notes'));
    expect(table).not.toContain('…');
    // Each word of the name under the one before, in the role's column, above its counts.
    const lines = table.split('\n');
    const first = lines.findIndex((line) => line.includes('Transplant'));
    const column = lines[first]!.indexOf('Transplant');
    expect(lines.slice(first, first + 6).map((line) => line.slice(column).trimEnd())).toEqual([
      'Transplant      Both (shared)',
      'nurse',
      'coordinator',
      '(adult and',
      'pediatric)',
      '1 (1 ours)      1',
    ]);
    expect(table).toMatch(/Licenses and certifications {3}5 {15}4 {15}3 \(3 ours\)/);
    expectWithin100Columns(stdout);
  });

  it('a role with neither facts nor a silent note on a topic is MISSING, with what the bot would say', async () => {
    const dir = knowledge(true);
    const { stdout: covered } = await kb(['check', '--dir', dir, '--today', '2026-08-01']);
    expect(covered).toMatch(/Experience {10,}3 {15}3 {15}silent/);
    editJson(dir, 'facts/hospital-social-worker.json', (file) => {
      file.silent = arrayAt(file, 'silent').filter((note) => objectAt(note).topic !== 'experience');
    });
    const { stdout, code } = await kb(['check', '--dir', dir, '--today', '2026-08-01']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Experience {10,}3 {15}3 {15}MISSING/);
    expect(stdout).toContain('⚠ MISSING Hospital social worker × experience');
    expect(stdout).toContain(
      '“No source in the knowledge base says anything about experience for hospital social workers.”',
    );
    expectWithin100Columns(stdout);
  });
});

const asked = (question: string, extra: Partial<NewEscalation> = {}): NewEscalation => ({
  question,
  reason: 'not-covered',
  topic: 'certification',
  roles: ['case-manager'],
  gap: 'The article does not say what the CCM exam costs.',
  askerId: 'U0ASKER1',
  where: { kind: 'dm', channel: 'D0ASKER1' },
  ...extra,
});

/** A SQLite file with escalations answered by the HR team, as the app records them. */
async function answeredIn(
  test: TestDatabase,
  items: Array<{ question: NewEscalation; answer: string }>,
): Promise<string[]> {
  const database = await openDatabase(test.target);
  try {
    const store = createDbEscalationStore(database);
    const ids: string[] = [];
    for (const item of items) {
      const { escalation } = await store.create(item.question);
      await store.claimAnswer(escalation.id, { text: item.answer, by: 'U0EXPERT1' });
      ids.push(shortId(escalation.id));
    }
    return ids;
  } finally {
    await database.close();
  }
}

const QUESTION = 'who pays for the CCM exam? my patient Mr Jones in bed 4 asked me';
const ANSWER =
  'The hospital reimburses the CCM exam fee for case managers once probation is over; <@U0EXPERT1> handles the claims.';

describe('withoutSlackIds', () => {
  it('replaces mentions and bare user ids, never a capitalised word', () => {
    expect(
      withoutSlackIds('Ask <@U0EXPERT1|dana> in <#C0HR1|hr-help> or U0EXPERT22 at the WASHINGTONIAN office'),
    ).toEqual({
      text: 'Ask a colleague in #hr-help or a colleague at the WASHINGTONIAN office',
      removed: 3,
    });
    expect(withoutSlackIds('WORKFORCEPLANNING and UNDERSTANDING stay').removed).toBe(0);
  });
});

describe('npm run kb -- add-answer', () => {
  it('writes the HR answer as a draft; check lists it; the app ignores it until "draft" is removed, then cites it as our own', async () => {
    const test = await createTestDatabase('sqlite');
    cleanups.push(() => test.drop());
    const [id, noTopic] = await answeredIn(test, [
      { question: asked(QUESTION), answer: ANSWER },
      { question: asked('is parking free for staff', { topic: null, roles: [] }), answer: 'Yes, in lot C.' },
    ]);
    const dir = knowledge();
    const env = { DATABASE_PATH: (test.target as { path: string }).path };

    const unknown = await kb(['add-answer', 'ffffff', '--dir', dir], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no answer from the HR team with id "ffffff"');
    expect(unknown.stderr).toContain(id);
    const needsTopic = await kb(['add-answer', noTopic!, '--dir', dir], env);
    expect(needsTopic.code).toBe(1);
    expect(needsTopic.stderr).toContain(
      'say which with --topic (one of: definition, duties, education, experience, certification',
    );

    const added = await kb(['add-answer', id!, '--dir', dir, '--today', '2026-12-02', '--author', 'Dana Reyes'], env);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Wrote a draft fact to .*facts\/hr-team-answers\.json facts\[0\] \(new file\)/);
    expect(added.stdout).toContain('role case-manager, topic certification, added 2026-12-02 by Dana Reyes');
    expect(added.stdout).toContain('no patient details');
    expect(added.stdout).toContain('Remove "draft": true');
    expect(added.stdout).toContain('npm run kb -- check');

    const facts = readFileSync(join(dir, 'facts', 'hr-team-answers.json'), 'utf8');
    expect(JSON.parse(facts)).toEqual({
      source: 'hr-team-answers',
      facts: [
        {
          role: 'case-manager',
          topic: 'certification',
          text: expect.stringContaining('reimburses the CCM exam fee'),
          draft: true,
          added: '2026-12-02',
          author: 'Dana Reyes',
          from: id,
        },
      ],
    });
    expect(facts).not.toMatch(/U0EXPERT1|U0ASKER1|Mr Jones|bed 4/);
    expect(JSON.parse(readFileSync(join(dir, 'sources', 'hr-team-answers.json'), 'utf8'))).toMatchObject({
      id: 'hr-team-answers',
      kind: 'internal',
      publisher: 'HR team',
      author: 'Dana Reyes',
      reviewed: '2026-12-02',
      reviewer: 'nobody yet (created by npm run kb -- add-answer)',
      reviewEveryDays: 1,
    });
    expect(added.stdout).toContain('marked not reviewed yet');

    // The same answer twice: refused, naming where it already is; the file is unchanged.
    const again = await kb(['add-answer', id!, '--dir', dir, '--today', '2026-12-03'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      new RegExp(`answer ${id} is already written down, at .*facts/hr-team-answers\\.json facts\\[0\\]`),
    );
    expect(readFileSync(join(dir, 'facts', 'hr-team-answers.json'), 'utf8')).toBe(facts);

    const check = await kb(['check', '--dir', dir, '--today', '2026-12-02']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('reviewed 2026-12-02 by nobody yet (created by');
    expect((await kb(['check', '--dir', dir, '--today', '2026-12-04'])).stdout).toContain(
      '⚠ OVERDUE hr-team-answers: review was due 2026-12-03.',
    );
    expect(check.stdout).toMatch(
      /facts\/hr-team-answers\.json facts\[0\]\n {6}case-manager × certification, added 2026-12-02 by Dana Reyes/,
    );
    expectWithin100Columns(check.stdout);
    expect(check.stdout).toContain('• 1 draft waiting for review');

    const ask = () => {
      const answerer = createAnswerer(loadKnowledge(dir));
      return formatAnswerText(answerer.ask('what certification does a case manager need'), answerer.kb);
    };
    expect(ask()).not.toContain('reimburses');
    editJson(dir, 'facts/hr-team-answers.json', (file) => {
      delete objectAt(file, 'facts', 0).draft;
    });
    const answer = ask();
    expect(answer).toContain('Our hospital: The hospital reimburses the CCM exam fee');
    expect(answer).toContain('Our hospital\'s own: "Answers from the HR team"');
    expect((await kb(['check', '--dir', dir])).stdout).toContain('hr-team-answers: “Answers from the HR team”');

    // A second answer goes to the same file, after the first.
    expect(existsSync(join(dir, 'facts', 'hr-team-answers.json'))).toBe(true);
    const second = await kb(
      ['add-answer', noTopic!, '--topic', 'work-environment', '--role', 'both', '--dir', dir, '--today', '2026-12-03'],
      env,
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('facts[1]');
    expect(JSON.parse(readFileSync(join(dir, 'facts', 'hr-team-answers.json'), 'utf8')).facts[1]).toMatchObject({
      role: 'both',
      topic: 'work-environment',
      text: 'Yes, in lot C.',
      draft: true,
      author: 'HR team',
    });
  }, 60_000);
});

describe('npm run kb, misused', () => {
  it('--help prints the usage, exit 0', async () => {
    for (const args of [['--help'], ['check', '-h']]) {
      const { stdout, code } = await kb(args);
      expect(code).toBe(0);
      expect(stdout).toContain('npm run kb -- check --questions FILE');
    }
  });

  it('names what is wrong with the command line, with the usage after it, exit 2', async () => {
    const cases: Array<[string[], string]> = [
      [[], 'say what to do: check or add-answer'],
      [['chek'], 'unknown command: chek: the commands are check, add-answer'],
      [
        ['check', '--jason'],
        'unknown option --jason: the options are --dir, --today, --json, --questions, --role, --topic, --author, --help',
      ],
      [['check', '--dir'], '--dir needs a value: a knowledge folder'],
      [['check', '--dir='], '--dir needs a value: a knowledge folder'],
      [['check', '--today', 'June 1'], '--today takes a date: YYYY-MM-DD (found "June 1")'],
      [['check', '--questions', '--json'], '--questions needs a value: a JSON file of questions'],
      [['check', '--json=false'], '--json takes no value'],
      [
        ['check', '--role', 'care-manager'],
        '--role is not an option of check: its options are --json, --questions, --dir, --today',
      ],
      [['check', 'knowledge'], 'check takes no argument: "knowledge"'],
      [['add-answer'], 'add-answer takes one id, as `npm run insights` shows it: [add-answer <id>]'],
    ];
    for (const [args, message] of cases) {
      const { stdout, stderr, code } = await kb(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(
        new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\n\nUsage:\n  npm run kb -- check`),
      );
      expect(stdout).toBe('');
    }
  });
});
