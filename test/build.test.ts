import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendToApp, slashCommand, startSlackStandIn, type SlackStandIn } from '../src/emulator/index.ts';
import { npmStartCommand } from './start-command.ts';

// `npm start` runs the bundle `npm run build` makes (dist/main.js), not the TypeScript the other tests run:
// this checks the bundle finds what it reads from the repository (knowledge base, the preview's files, README).
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'build-test-signing-secret';

function startBundle(env: Record<string, string>): { child: ChildProcess; listening: Promise<string> } {
  const { nodeArgs, entry } = npmStartCommand(ROOT);
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', PORT: '0', ...env },
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
    const app = startBundle({ SLACK_BOT_TOKEN: 'xoxb-build-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: standIn.apiUrl });
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
  });
});
