import { get } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../robustness/app-process.ts';

// `npm start` on a fresh clone, with no Slack credentials: its own process, what it prints, what it serves.

/** Every Slack variable empty (= unset), so a developer's .env cannot leak in: dotenv never overrides. */
const start = (extra: Record<string, string>) =>
  startAppProcess({
    SLACK_BOT_TOKEN: '',
    SLACK_SIGNING_SECRET: '',
    SLACK_APP_TOKEN: '',
    SLACK_API_URL: '',
    LOG_LEVEL: 'warn',
    ...extra,
  });

function printed(app: AppProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = pattern.exec(app.output());
      if (!found) return false;
      clearInterval(timer);
      resolve(found);
      return true;
    };
    const timer = setInterval(check, 50);
    void app.exited.then(() => {
      clearInterval(timer);
      if (!check()) reject(new Error(`exited without printing ${pattern}:\n${app.output()}`));
    });
  });
}

describe('npm start without Slack credentials', () => {
  it('starts the playground and prints its URL; the page and the app behind it answer', async () => {
    const app = start({ PORT: '0' });
    try {
      const [, url] = await printed(app, /open (http:\/\/localhost:\d+)/);
      const page = await fetch(url!);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Local preview');
      // Another site's page, pointed at 127.0.0.1 through its own host name, is turned away.
      const foreign = await new Promise<number | undefined>((resolve, reject) => {
        get({ host: '127.0.0.1', port: new URL(url!).port, path: '/', headers: { host: 'attacker.example' } }, (r) => {
          r.resume();
          resolve(r.statusCode);
        }).on('error', reject);
      });
      expect(foreign).toBe(403);
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
      expect(app.output()).not.toMatch(/xoxb-/);
    } finally {
      await app.stop();
    }
  });

  it('a busy port gets a clear message and a non-zero exit, not a stack trace', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const app = start({ PORT: String(port) });
      expect((await app.exited).code).toBe(1);
      expect(app.output()).toContain(`port ${port} is already in use`);
      expect(app.output()).toContain(`PORT=${port + 1} npm start`);
      expect(app.output()).not.toMatch(/^\s+at /m);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('with only some credentials it says what is missing instead of opening the playground', async () => {
    const app = start({ PORT: '0', SLACK_BOT_TOKEN: 'xoxb-only-a-token' });
    expect((await app.exited).code).toBe(1);
    expect(app.output()).toContain('SLACK_SIGNING_SECRET is not set');
    expect(app.output()).not.toContain('localhost');
  });
});
