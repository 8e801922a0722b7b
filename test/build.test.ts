import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendToApp, slashCommand, startSlackStandIn, type SlackStandIn } from '../src/emulator/index.ts';
import { npmStartCommand } from './start-command.ts';
import { copyKnowledge, EDITED_FIGURE, editFigure, eventually, SALARY_QUESTION } from './support/knowledge-copy.ts';

// `npm start` runs the bundle `npm run build` makes (dist/main.js), not the TypeScript the other tests run:
// this checks the bundle finds what it reads from the repository (knowledge base, the preview's files, README).
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'build-test-signing-secret';

function startBundle(env: Record<string, string>): { child: ChildProcess; listening: Promise<string> } {
  const { nodeArgs, entry } = npmStartCommand(ROOT);
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      SLACK_BOT_TOKEN: '',
      SLACK_SIGNING_SECRET: '',
      SLACK_APP_TOKEN: '',
      PORT: '0',
      KNOWLEDGE_DIR: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listening = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/(?:localhost|127\.0\.0\.1):\d+)/.exec(output);
      if (url) resolve(url[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, listening };
}

describe('the built bundle (npm start)', () => {
  const children: ChildProcess[] = [];
  let standIn: SlackStandIn;

  beforeAll(async () => {
    await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: ROOT });
    standIn = await startSlackStandIn({ token: 'xoxb-build-test' });
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await standIn?.close();
  });

  it('answers a signed slash command in HTTP mode from the knowledge base, with its citation', async () => {
    const app = startBundle({
      SLACK_BOT_TOKEN: 'xoxb-build-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.apiUrl,
    });
    children.push(app.child);
    const origin = await app.listening;
    const res = await sendToApp(origin, SECRET, slashCommand({ text: 'what certification does a care manager need' }));
    expect(res.status).toBe(200);
    const card = await res.text();
    expect(card).toContain('Licenses and certifications');
    expect(card).toContain('Case Manager vs. Care Manager');
  });

  it('opens the local preview without credentials, with its page, script and the README', async () => {
    const app = startBundle({});
    children.push(app.child);
    const origin = await app.listening;
    for (const [path, expected] of [
      ['/', 'career-bot'],
      ['/static/app.js', 'EventSource'],
      ['/readme', 'Install'],
    ] as const) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain(expected);
    }
    expect((await fetch(`${origin}/docs/playground.png`)).status).toBe(200);
    // The preview answers the same health probe as the app.
    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', knowledge: { topics: 8 } });
  });
});

/** `npm start` as an operator runs it (`npm start &`): npm, then the app it starts, with their output gathered. */
function npmStart(env: Record<string, string>) {
  const npm = spawn('npm', ['start'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      KNOWLEDGE_DIR: '',
      LOG_FORMAT: 'text',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  return { npm, exited, output: () => output };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start and signals (docs/operations.md)', () => {
  let standIn: SlackStandIn;
  const cleanups: Array<() => void> = [];
  beforeAll(async () => {
    standIn = await startSlackStandIn({ token: 'xoxb-build-test' });
  });
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    await standIn?.close();
  });

  it('logs the PID of the app; SIGHUP to it reloads without stopping; SIGTERM to npm stops the app cleanly', async () => {
    const copy = copyKnowledge();
    const run = npmStart({
      SLACK_BOT_TOKEN: 'xoxb-build-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.apiUrl,
      KNOWLEDGE_DIR: copy.dir,
      KNOWLEDGE_WATCH: 'false',
    });
    cleanups.push(() => run.npm.kill('SIGKILL'), copy.remove);
    const pid = Number(
      (
        await eventually(
          'the PID logged',
          () => /career-bot pid (\d+): kill -HUP \1 reloads the knowledge/.exec(run.output()),
          60_000,
        )
      )[1],
    );
    // npm execs nothing itself: the app is its child, not a shell's.
    expect(pid).not.toBe(run.npm.pid);
    const origin = (await eventually('listening', () => /\(locally (http:\/\/[^)]+)\)/.exec(run.output()), 10_000))[1]!;

    editFigure(copy.dir);
    process.kill(pid, 'SIGHUP');
    await eventually('the reload logged', () => run.output().includes('knowledge reloaded (SIGHUP)'), 10_000);
    const res = await sendToApp(origin, SECRET, slashCommand({ text: SALARY_QUESTION }));
    expect(await res.text()).toContain(EDITED_FIGURE);
    expect(alive(pid)).toBe(true);

    run.npm.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('SIGTERM: shutting down');
    expect(run.output()).toContain('stopped: every request in flight finished');
    await eventually('the app gone', () => !alive(pid), 5_000);
  });

  it('SIGHUP sent to npm stops npm; the app does not serve on without it, and says where SIGHUP goes', async () => {
    const run = npmStart({
      SLACK_BOT_TOKEN: 'xoxb-build-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.apiUrl,
    });
    cleanups.push(() => run.npm.kill('SIGKILL'));
    const pid = Number(
      (await eventually('the PID logged', () => /career-bot pid (\d+)/.exec(run.output()), 60_000))[1],
    );
    cleanups.push(() => alive(pid) && process.kill(pid, 'SIGKILL'));
    run.npm.kill('SIGHUP');
    await run.exited;
    await eventually('the app stopped after npm', () => !alive(pid), 10_000);
    expect(run.output()).toContain(
      `is gone: stopping too. To reload the knowledge, send SIGHUP to pid ${pid}, not to npm`,
    );
  });
});
