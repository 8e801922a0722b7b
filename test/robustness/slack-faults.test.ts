import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appHomeOpened,
  appMention,
  blockActions,
  messageTs,
  sendToApp,
  signRequest,
  type RecordedCall,
  type SlackRequest,
} from '../../src/emulator/index.ts';
import type { FaultyStandIn, Fault } from '../support/faulty-stand-in.ts';
import { startHarness, type Harness } from '../slack/harness.ts';
import { startAppWithStandIn, testEnv, type AppWithStandIn, type LogLine } from './app-process.ts';

// Slack misbehaving on each way an answer reaches it (chat.postMessage for a mention, views.publish for
// App Home, the response_url of a click), against the app as its own process. Whatever the fault, the app
// lives on; a fault Slack recovers from still delivers the answer exactly once; a call that got no reply in
// time is not retried (Slack may still carry it out) and is logged as dropped, once, with the reason. That
// last one runs in this process, with the client's timeout shortened (the default is 15 s) so as not to wait it out.
const CLIENT_TIMEOUT_S = 2;
const SETTLE_MS = 1_500;

type Surface = {
  name: string;
  /** A request that makes the app deliver one thing through `target`, and how to recognise that delivery. */
  request(
    tag: string,
    responseUrl: (id: string) => string,
  ): { request: SlackRequest; delivered: (c: RecordedCall) => boolean };
  target: string;
};

const SURFACES: Surface[] = [
  {
    name: 'a mention, answered with chat.postMessage',
    target: 'chat.postMessage',
    request: () => {
      const ts = messageTs();
      return {
        request: appMention({ text: '<@U0CAREBOT> what does a care manager earn', ts }),
        delivered: (c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts,
      };
    },
  },
  {
    name: 'App Home, published with views.publish',
    target: 'views.publish',
    request: (tag) => {
      const user = `U0${tag.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;
      return {
        request: appHomeOpened({ user }),
        delivered: (c) => c.method === 'views.publish' && c.args.user_id === user,
      };
    },
  },
  {
    name: 'a click on an ephemeral card, answered through its response_url',
    target: 'response_url',
    request: (tag, responseUrl) => ({
      request: blockActions({
        action_id: 'open:topic-salary',
        value: JSON.stringify({ k: 'topic', t: 'salary', r: ['care-manager'] }),
        response_url: responseUrl(tag),
      }),
      delivered: (c) => c.kind === 'response_url' && c.responseId === tag,
    }),
  },
];

describe('Slack faults', () => {
  let t: AppWithStandIn;
  beforeAll(async () => {
    t = await startAppWithStandIn();
  });
  afterAll(() => t?.close());

  const deliveries = (match: (c: RecordedCall) => boolean) => deliveredBy(t.standIn, match);
  const dropped = (since: number) => t.app.logs.slice(since).filter((l) => l.event === 'dropped');
  const underFault = async (fault: Fault, tag: string, waitMs: number) => {
    const logsBefore = t.app.logs.length;
    return {
      ...(await sendUnderFault(t.standIn, (request) => sendToApp(t.origin, t.secret, request), fault, tag, waitMs)),
      logsBefore,
    };
  };

  const faults: Array<[string, Fault]> = [
    ['429 with Retry-After', { kind: 'rate-limit', retryAfterSeconds: 1 }],
    ['500', { kind: 'status', status: 500 }],
    ['a dropped connection', { kind: 'drop' }],
  ];

  for (const [label, fault] of faults) {
    it(`${label}: every surface delivers its answer exactly once after the retry`, async () => {
      const { runs, arrived, logsBefore } = await underFault(fault, fault.kind, 20_000);
      for (const [i, run] of runs.entries()) {
        expect(arrived[i], run.surface.name).toBe(true);
        expect(deliveries(run.delivered), run.surface.name).toHaveLength(1);
      }
      expect(dropped(logsBefore)).toEqual([]);
      const retried = t.app.logs.slice(logsBefore).filter((l) => /failed|rate limit/i.test(String(l.msg)));
      expect(retried.length).toBeGreaterThanOrEqual(1);
      expect(t.app.child.exitCode).toBeNull();
    });
  }

  it('never crashed, never left an unhandled rejection, and logged no token or secret', () => {
    const env = testEnv('');
    expect(t.app.child.exitCode).toBeNull();
    expect(t.app.logs.filter((l: LogLine) => l.event === 'unhandled-rejection')).toEqual([]);
    expect(t.app.output()).not.toContain(env.SLACK_BOT_TOKEN);
    expect(t.app.output()).not.toContain(env.SLACK_SIGNING_SECRET);
  });

  it('answers a retried event (X-Slack-Retry-Num) once, even while the first reply is still in flight', async () => {
    t.standIn.fail('chat.postMessage', { kind: 'slow', ms: 3_000 }, 1);
    const ts = messageTs();
    const mention = appMention({ text: '<@U0CAREBOT> what does a case manager do', ts });
    const answer = (c: RecordedCall) => c.method === 'chat.postMessage' && c.args.thread_ts === ts;
    const after = t.standIn.mark();
    expect((await sendToApp(t.origin, t.secret, mention)).status).toBe(200);
    // The first reply is on its way (the stand-in is holding it) when Slack's retries come in.
    await t.standIn.waitFor(answer, { after, includeFaults: true });
    // Each retry signed anew, a little later, as Slack signs them (the same signature again would be a replay).
    for (const [num, reason] of [
      ['1', 'http_timeout'],
      ['2', 'http_error'],
    ]) {
      const resigned = signRequest(t.secret, mention.body, Math.floor(Date.now() / 1000) + Number(num));
      const retry = await sendToApp(t.origin, t.secret, mention, {
        ...resigned,
        'X-Slack-Retry-Num': num!,
        'X-Slack-Retry-Reason': reason!,
      });
      expect(retry.status).toBe(200);
    }
    await t.standIn.waitFor(answer, { after, timeoutMs: 10_000 });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(deliveries(answer)).toHaveLength(1);
    expect(JSON.stringify(deliveries(answer)[0]!.args.blocks)).toContain('Job duties');
  });
});

/** Delivered calls (not faulted attempts) that `match` accepts. */
const deliveredBy = (standIn: FaultyStandIn, match: (c: RecordedCall) => boolean) =>
  standIn.calls.filter((c) => !c.fault && match(c));

/** Sends one request per surface with `fault` queued on its target, and returns what happened to each. */
async function sendUnderFault(
  standIn: FaultyStandIn,
  send: (request: SlackRequest) => Promise<{ status: number }>,
  fault: Fault,
  tag: string,
  waitMs: number,
) {
  const runs = SURFACES.map((surface) => {
    standIn.fail(surface.target, fault, 1);
    return {
      surface,
      ...surface.request(`${tag}-${surface.target.replace('.', '-')}`, (id) => standIn.responseUrl(id)),
    };
  });
  for (const run of runs) expect((await send(run.request)).status).toBe(200);
  const arrived = await Promise.all(
    runs.map((run) =>
      standIn.waitFor(run.delivered, { timeoutMs: waitMs }).then(
        () => true,
        () => false,
      ),
    ),
  );
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  return { runs, arrived };
}

describe("Slack faults: a reply slower than the client's timeout (the app in this process, the timeout shortened)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { timeouts: { slackReplyMs: CLIENT_TIMEOUT_S * 1000 } });
  });
  afterAll(() => h?.close());

  /** The fields of each `dropped` line logged since `since` (the recording logger keeps them as JSON after the message). */
  const dropped = (since: number) =>
    h.logs
      .slice(since)
      .filter((l) => l.text.startsWith('dropped: '))
      .map((l): Record<string, unknown> => ({ level: l.level, ...JSON.parse(l.text.slice(l.text.indexOf(' {') + 1)) }));

  it(`a reply slower than the client's ${CLIENT_TIMEOUT_S} s timeout: delivered once (by Slack), not retried, logged as dropped once with the reason`, async () => {
    const slowMs = (CLIENT_TIMEOUT_S + 2) * 1000;
    const logsBefore = h.logs.length;
    const { runs, arrived } = await sendUnderFault(
      h.standIn,
      (request) => h.send(request),
      { kind: 'slow', ms: slowMs },
      'slow',
      slowMs + 5_000,
    );
    for (const [i, run] of runs.entries()) {
      expect(arrived[i], run.surface.name).toBe(true);
      expect(deliveredBy(h.standIn, run.delivered), run.surface.name).toHaveLength(1);
    }
    const lines = dropped(logsBefore);
    expect(lines.map((l) => l.surface).sort()).toEqual(['app_home_opened', 'app_mention', 'button:open']);
    for (const line of lines) {
      expect(line.level).toBe('error');
      expect(line.event).toBe('dropped');
      expect(String(line.reason)).toMatch(new RegExp(`no reply from Slack within ${CLIENT_TIMEOUT_S} s; not retried`));
    }
    // The app lives on: the next question is answered.
    const ts = messageTs();
    expect((await h.send(appMention({ text: '<@U0CAREBOT> what does a case manager do', ts }))).status).toBe(200);
    await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts);
  });
});
