import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/ask.ts';
import { runBundled } from '../support/bundled.ts';
import { runMain } from '../support/run-main.ts';

/** `npm run ask -- ...` in this process, with `stdin` as standard input; test/support/run-main.ts. */
const ask = (args: string[], stdin?: string) => runMain(main, args, {}, stdin);

describe('npm run ask', () => {
  it('prints the facts for the role asked about, and the citation (run as its own process, as npm runs it)', async () => {
    const { stdout, code } = await runBundled('ask', ['what certification does a care manager need']);
    expect(code).toBe(0);
    expect(stdout).toContain('National Academy of Certified Care Managers (NACCM)');
    expect(stdout).toContain('One to two years of supervised care management experience');
    expect(stdout).not.toContain('Commission for Case Manager Certification');
    expect(stdout).toContain(
      'Source: "Licenses and certifications", in "Case Manager vs. Care Manager: Definitions and Key Differences"',
    );
    expect(stdout).toContain('June 3, 2021');
    expect(stdout).not.toMatch(/\*National/);
  });

  it('declines what it does not know, with the topics it can help with', async () => {
    const { stdout } = await ask(['how much does a surgeon make']);
    expect(stdout).toMatch(/not surgeons/);
    expect(stdout).toMatch(/I can help with: what the role is, job duties, education/);
  });

  it('--json reads standard input, one JSON object a line, in order, nothing else', async () => {
    const { stdout, code } = await ask(
      ['--json'],
      'what certification does a care manager need\nreset my password\ncase vs care manager salery\n',
    );
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      {
        question: 'what certification does a care manager need',
        topic: 'certification',
        roles: ['care-manager'],
        section: 'Licenses and certifications',
        confidence: expect.any(Number),
        kind: 'answer',
        covered: true,
        sources: ['indeed-case-vs-care-2021'],
      },
      {
        question: 'reset my password',
        topic: null,
        roles: [],
        section: null,
        confidence: 0,
        kind: 'decline',
        covered: true,
        sources: [],
      },
      {
        question: 'case vs care manager salery',
        topic: 'salary',
        roles: ['case-manager', 'care-manager'],
        section: 'Salary',
        confidence: expect.any(Number),
        kind: 'answer',
        covered: true,
        sources: ['indeed-case-vs-care-2021'],
      },
    ]);
    expect(lines[0].confidence).toBeGreaterThan(0.5);
    expect(lines[0].confidence).toBeLessThanOrEqual(1);
  });

  it('--json "one question" answers that one', async () => {
    const { stdout } = await ask(['--json', 'where do caseworkers work']);
    expect(JSON.parse(stdout)).toMatchObject({
      topic: 'work-environment',
      roles: ['case-manager'],
      section: 'Work environment',
    });
  });

  it('--json reads a conversation: a JSON object line with its earlier messages, oldest first', async () => {
    const lines = [
      JSON.stringify({ question: 'and care managers?', previous: ['what certification do case managers need?'] }),
      JSON.stringify({ question: 'how much do they make?', previous: ['what is a care manager', 'tell me a joke'] }),
      JSON.stringify({ question: 'and care managers?' }),
    ];
    const { stdout } = await ask(['--json'], `${lines.join('\n')}\n`);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      expect.objectContaining({
        question: 'and care managers?',
        topic: 'certification',
        roles: ['care-manager'],
        kind: 'answer',
      }),
      expect.objectContaining({
        question: 'how much do they make?',
        topic: 'salary',
        roles: ['care-manager'],
        kind: 'answer',
      }),
      expect.objectContaining({ question: 'and care managers?', topic: 'definition', roles: ['care-manager'] }),
    ]);
  });

  it('--json tells small talk, declines and what the source does not cover', async () => {
    const { stdout } = await ask(
      ['--json'],
      'thanks!\n\nhow much does the CCM exam cost\nhow much does a surgeon make\n',
    );
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      expect.objectContaining({ kind: 'smalltalk', topic: null, covered: true }),
      expect.objectContaining({ question: '', kind: 'smalltalk' }),
      expect.objectContaining({ kind: 'answer', topic: 'certification', roles: ['case-manager'], covered: false }),
      expect.objectContaining({ kind: 'decline', topic: null }),
    ]);
  });

  it('--json answers a malformed line with a clear error, and keeps going', async () => {
    const { stdout, code } = await ask(['--json'], '{not json\n{"previous": [1]}\nwhere do caseworkers work\n');
    expect(code).toBe(0);
    const [bad, noQuestion, good] = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(bad).toMatchObject({
      question: '{not json',
      kind: 'decline',
      error: expect.stringMatching(/not valid JSON/),
    });
    expect(noQuestion.error).toMatch(/no "question" string/);
    expect(good).toMatchObject({ topic: 'work-environment', roles: ['case-manager'] });
  });

  it('shows the gap first, in text', async () => {
    const { stdout } = await ask(['can case managers work from home']);
    expect(stdout.split('\n')[0]).toBe('Nothing in the article says whether they can work remotely or from home.');
    expect(stdout).toContain('What it says: Work environment: Case manager');
  });

  it('--chat keeps the conversation between lines', async () => {
    const { stdout, code } = await ask(
      ['--chat'],
      'what certification do case managers need?\nand care managers?\nthanks!\n',
    );
    expect(code).toBe(0);
    const replies = stdout.split('you> ').slice(1);
    expect(replies[0]).toContain('Commission for Case Manager Certification');
    expect(replies[1]).toContain('Licenses and certifications: Care manager (following your last question)');
    expect(replies[1]).toContain('National Academy of Certified Care Managers (NACCM)');
    expect(replies[2]?.trim()).toBe("You're welcome!");
  });
});

describe('npm run ask, misused', () => {
  it('--help prints the usage, exit 0', async () => {
    const { stdout, code } = await ask(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('npm run ask -- --chat');
  });

  it('an unknown flag, a value to a flag that takes none, no question, --chat with a question: named, with the usage, exit 2', async () => {
    const unknown = await ask(['--jsn', 'salary']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^unknown option --jsn: the options are --json, --chat, --help\n\nUsage:/);
    expect(unknown.stdout).toBe('');
    expect((await ask(['--json=yes'])).stderr).toMatch(/^--json takes no value\n/);
    const none = await ask([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^ask a question\n\nUsage:/);
    const chat = await ask(['--chat', 'salary']);
    expect(chat.code).toBe(2);
    expect(chat.stderr).toContain(
      '--chat reads its questions from the terminal, one a line: give it no question and no --json',
    );
  });
});
