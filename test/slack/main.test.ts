import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sendToApp, slashCommand, startSlackStandIn } from '../../src/emulator/index.ts';
import { main } from '../../src/main.ts';
import { bundled } from '../support/bundled.ts';
import { runMain } from '../support/run-main.ts';

// `npm start` as an admin runs it: its own process, its exit code and what it prints.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECRET = 'main-test-signing-secret';

/** Every variable set (empty = unset), so a developer's .env cannot leak in: dotenv never overrides. */
const baseEnv = (extra: Record<string, string>) => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  SLACK_BOT_TOKEN: '',
  SLACK_SIGNING_SECRET: '',
  SLACK_APP_TOKEN: '',
  SLACK_API_URL: '',
  PORT: '0',
  LOG_LEVEL: 'info',
  KNOWLEDGE_DIR: '',
  // Each run its own database, in memory, unless a test says otherwise.
  DATABASE_URL: '',
  DATABASE_PATH: ':memory:',
  ...extra,
});

function run(env: Record<string, string>, until?: RegExp) {
  const child = spawn(process.execPath, bundled('main'), {
    cwd: ROOT,
    env: baseEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const seen = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (until?.test(output)) resolve(output);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => (until ? reject(new Error(`exited before ${until}: ${output}`)) : resolve(output)));
  });
  return { child, exited, seen, output: () => output };
}

describe('npm start, given options', () => {
  it('--help says what it runs and where its configuration is; any other option is named, exit 2, nothing started', async () => {
    const help = await runMain(main, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('configured by the environment and .env (README: Configuration)');
    const wrong = await runMain(main, ['--port', '3000']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^unknown option --port: the options are --help\n\nUsage:\n {2}npm start /);
    expect(wrong.stdout).toBe('');
  });
});

describe('npm start', () => {
  const temp = mkdtempSync(join(tmpdir(), 'career-bot-main-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('stops with a clear message naming a malformed variable and where to get it', async () => {
    const app = run({ SLACK_BOT_TOKEN: 'xoxp-a-user-token', SLACK_SIGNING_SECRET: 'abc123abc123', LOG_LEVEL: 'loud' });
    expect(await app.exited).toBe(1);
    const out = app.output();
    expect(out).toContain('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-"');
    expect(out).toContain('OAuth & Permissions');
    expect(out).toContain('LOG_LEVEL must be one of debug, info, warn, error');
    expect(out).not.toContain('xoxp-a-user-token');
    expect(out).not.toContain('abc123abc123');
  });

  it('stops when the database cannot be reached, naming DATABASE_URL and never its password', async () => {
    const app = run({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: SECRET,
      DATABASE_URL: 'postgres://career:Pa55-w0rd-42@127.0.0.1:1/careerbot',
    });
    expect(await app.exited).toBe(1);
    const out = app.output();
    expect(out).toMatch(
      /^career-bot cannot start: the database in DATABASE_URL \(PostgreSQL postgres:\/\/career:\*\*\*@127\.0\.0\.1:1\/careerbot\) is not usable: /,
    );
    expect(out).not.toContain('Pa55-w0rd-42');
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('stops with a non-zero exit on a broken knowledge file, naming file and field', async () => {
    const dir = join(temp, 'knowledge');
    cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
    const file = join(dir, 'topics', 'salary.json');
    const topic = JSON.parse(readFileSync(file, 'utf8'));
    topic.facts['care-manager'][0].text = '';
    writeFileSync(file, JSON.stringify(topic));
    const app = run({ KNOWLEDGE_DIR: dir, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET });
    expect(await app.exited).not.toBe(0);
    expect(app.output()).toMatch(/salary\.json/);
    expect(app.output()).toContain('facts.care-manager[0].text');
  });

  it('starts in HTTP mode, says where it listens, and answers signed requests', async () => {
    const standIn = await startSlackStandIn({ token: 'xoxb-main-test' });
    const app = run(
      { SLACK_BOT_TOKEN: 'xoxb-main-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: standIn.apiUrl },
      /listening on port (\d+)/,
    );
    try {
      const out = await app.seen;
      const port = /listening on port (\d+)/.exec(out)![1];
      expect(out).toContain('/slack/events');
      const res = await sendToApp(
        `http://127.0.0.1:${port}/slack/events`,
        SECRET,
        slashCommand({ text: 'care manager salary' }),
      );
      expect(res.status).toBe(200);
      expect(JSON.stringify(await res.json())).toContain('Care manager · Salary');
      expect(app.output()).not.toContain('xoxb-main-test');
    } finally {
      app.child.kill('SIGTERM');
      await app.exited;
      await standIn.close();
    }
  });
});
