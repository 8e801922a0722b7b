import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppWithStandIn, type AppWithStandIn } from './app-process.ts';
import { sendTraffic } from './database-traffic.ts';

// The process reading the app's stdout goes away (a log shipper restarting): the next log line meets a closed
// pipe (EPIPE). The app must go on answering, its lines going nowhere and counted, never exit over it.

describe('a closed stdout', () => {
  let t: AppWithStandIn;
  beforeAll(async () => {
    t = await startAppWithStandIn();
  });
  afterAll(() => t.close());

  it('under traffic: the app keeps answering, and /healthz counts the log lines lost', async () => {
    const appUrl = `${t.origin}/slack/events`;
    const before = await sendTraffic({ appUrl, secret: t.secret, standIn: t.standIn, perSecond: 10, seconds: 1 });
    expect(before).toMatchObject({ failed: 0, answered: before.sent });
    // The reading end goes: every line the app writes from now on meets EPIPE.
    t.app.child.stdout!.destroy();
    const after = await sendTraffic({ appUrl, secret: t.secret, standIn: t.standIn, perSecond: 10, seconds: 2 });
    expect(after).toMatchObject({ failed: 0, late: 0, answered: after.sent });
    expect(t.app.child.exitCode).toBeNull();
    const health = (await (await fetch(`${t.origin}/healthz`)).json()) as {
      status: string;
      log?: { lostLines: number };
    };
    expect(health.status).toBe('ok');
    // Each answer logs a line: at least those of the second round went nowhere.
    expect(health.log?.lostLines).toBeGreaterThanOrEqual(after.sent);
    expect(t.app.output()).not.toMatch(/EPIPE|Unhandled/);
  });
});
