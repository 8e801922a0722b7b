import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm start` on a fresh clone, with no Slack credentials: its own process, what it prints, what it serves.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every Slack variable empty (= unset), so a developer's .env cannot leak in: dotenv never overrides. */
const env = (extra: Record<string, string>) => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  SLACK_BOT_TOKEN: '',
  SLACK_SIGNING_SECRET: '',
  SLACK_APP_TOKEN: '',
  SLACK_API_URL: '',
  LOG_LEVEL: 'warn',
  ...extra,
});

function start(extra: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const printed = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const found = pattern.exec(output);
        if (found) {
          clearInterval(timer);
          resolve(found);
        }
      };
      const timer = setInterval(check, 50);
      void exited.then(() => {
        clearInterval(timer);
        check();
        reject(new Error(`exited without printing ${pattern}: ${output}`));
      });
    });
  return { child, exited, printed, output: () => output };
}

describe('npm start without Slack credentials', () => {
  it('starts the playground and prints its URL; the page and the app behind it answer', async () => {
    const run = start({ PORT: '0' });
    try {
      const [, url] = await run.printed(/open (http:\/\/localhost:\d+)/);
      const page = await fetch(url!);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Local preview');
      // A command through the page's own route reaches the real app and comes back as a card.
      const events = await fetch(`${url}/events`);
      const reader = events.body!.getReader();
      const posted = await fetch(`${url}/api/post`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ conversation: 'channel', text: '/career what certification does a care manager need' }),
      });
      expect(await posted.json()).toEqual({ ok: true });
      let seen = '';
      while (!seen.includes('Licenses and certifications')) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += new TextDecoder().decode(value);
      }
      expect(seen).toContain('Care manager · Licenses and certifications');
      await reader.cancel();
      expect(run.output()).not.toMatch(/xoxb-/);
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });

  it('a busy port gets a clear message and a non-zero exit, not a stack trace', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const run = start({ PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`port ${port} is already in use`);
      expect(run.output()).toContain(`PORT=${port + 1} npm start`);
      expect(run.output()).not.toMatch(/^\s+at /m);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('with only some credentials it says what is missing instead of opening the playground', async () => {
    const run = start({ PORT: '0', SLACK_BOT_TOKEN: 'xoxb-only-a-token' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('SLACK_SIGNING_SECRET is not set');
    expect(run.output()).not.toContain('localhost');
  });
});
