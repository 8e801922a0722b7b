import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FORM,
  appMention,
  blockActions,
  directMessage,
  sendToApp,
  signRequest,
  slashCommand,
  type SlackRequest,
} from '../../src/emulator/index.ts';
import { startAppWithStandIn, type AppWithStandIn } from './app-process.ts';
import { createRawClient, forEachBounded } from './raw-client.ts';
import { SIGNING_SECRET, startHarness, type Harness } from '../slack/harness.ts';

// What one request may cost the app, whatever it carries: a text up to the 1 MB a body may hold is read no
// further than its start, so every other request (here the health check) is still answered at once, and
// nothing of a long text stays in memory after its answer.
const MB = 1024 * 1024;
const HEALTH_LATENCY_LIMIT_MS = 250;
// A busy shared machine can stall any process for a moment (unloaded, the figures are tens of ms); the work this
// bounds took seconds, and would fail every attempt.
const TIMED = { timeout: 30_000, retry: 2 };
const LONG_TEXTS = 300;
// 300 texts of 200 kB each: a leak of even a slice of each would be tens of megabytes.
const HEAP_GROWTH_LIMIT = 12 * MB;

type Card = { response_type?: string; text?: string; blocks?: unknown[] };

/**
 * Sends `request` while polling /healthz, and checks that the health check stayed quick meanwhile. Everything
 * the test itself must compute (the body's bytes, its signature) is done before the clock starts.
 */
async function whileHealthPolled(t: AppWithStandIn, request: SlackRequest) {
  const slack = createRawClient(t.origin, 1);
  const health = createRawClient(t.origin, 1);
  const body = Buffer.from(request.body);
  const headers = { 'content-type': request.contentType, ...signRequest(t.secret, body) };
  const check = () => health.send({ method: 'GET', path: '/healthz', headers: {}, body: Buffer.alloc(0) });
  const latencies: number[] = [];
  let done = false;
  const poll = (async () => {
    do {
      const started = performance.now();
      expect((await check()).status).toBe(200);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 2));
    } while (!done);
  })();
  // Polling first, on an open connection: what is timed is the app's answer, not the connecting.
  while (latencies.length < 2) await new Promise((resolve) => setTimeout(resolve, 2));
  const sent = performance.now();
  try {
    return await slack.send({ method: 'POST', path: '/slack/events', headers, body });
  } finally {
    const replyMs = performance.now() - sent;
    const during = latencies.length;
    done = true;
    await poll;
    health.close();
    slack.close();
    const slowest = Math.max(...latencies.slice(2));
    console.log(
      `a ${(body.length / 1024).toFixed(0)} kB request answered in ${replyMs.toFixed(0)} ms; /healthz meanwhile: ${during - 2 + 1} checks, slowest ${slowest.toFixed(1)} ms`,
    );
    expect(slowest).toBeLessThan(HEALTH_LATENCY_LIMIT_MS);
  }
}

/** A word of letters only, different for each `i`, long enough that V8 slices it out of its message. */
const uniqueWord = (i: number) =>
  `careerword${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`.padEnd(16, 'x');

describe('bounded work per request', () => {
  let t: AppWithStandIn;
  beforeAll(async () => {
    t = await startAppWithStandIn({ memoryProbe: true });
    // Warmed up as a running app is (a fresh process's first large body costs it a few heap resizes and
    // compilations): what is timed below is the work of each request.
    const warmUp = ['compare salary', 'help', `what does a care manager earn ${'very '.repeat(200_000)}`];
    for (const text of warmUp) await sendToApp(t.origin, t.secret, slashCommand({ text }));
  });
  afterAll(() => t?.close());

  it.each([
    ['one 1 MB word', `compare ${'b'.repeat(MB - 1_000)}`],
    ['1 MB of short words', `compare ${'very '.repeat(200_000)}`],
    ["Slack's longest message as one word", `vs ${'a'.repeat(40_000)}`],
    ['an unclosed mention markup, repeated', `compare ${'&lt;@'.repeat(8_000)} ${'<@'.repeat(150_000)}`],
    ['unclosed link markup, repeated', `compare ${'<http:'.repeat(90_000)}`],
  ])('compare + %s: answered, and /healthz stays well under 250 ms meanwhile', TIMED, async (_label, text) => {
    const reply = await whileHealthPolled(t, slashCommand({ text }));
    expect(reply.status).toBe(200);
    const card = JSON.parse(reply.body) as Card;
    expect(card.response_type).toBe('ephemeral');
    expect(card.text).toContain('Case manager vs. care manager');
    expect(JSON.stringify(card.blocks)).toMatch(/I don't know a topic called “[^”]+”, so here is every topic/);
  });

  it('a 1 MB question in a mention and a DM is answered from its start, and says so', TIMED, async () => {
    const long = `what does a care manager earn ${'very '.repeat(200_000)}`;
    for (const request of [appMention({ text: `<@U0CAREBOT> ${long}` }), directMessage({ text: long })]) {
      const after = t.standIn.mark();
      const reply = await whileHealthPolled(t, request);
      expect(reply.status).toBe(200);
      const post = await t.standIn.waitFor('chat.postMessage', { after });
      expect(JSON.stringify(post.args.blocks)).toContain('only its first part was read');
      expect(JSON.stringify(post.args.blocks)).toContain('Salary');
    }
  });

  it.each([
    [
      'a question',
      { k: 'ask', q: `what does a care manager earn ${'very '.repeat(200_000)}` },
      'only its first part was read',
    ],
    ['a topic name', { k: 'compare', u: 'c'.repeat(MB - 4_000) }, "I don't know a topic called"],
  ])(
    'a button value carrying %s of 1 MB: the card comes, /healthz stays quick',
    TIMED,
    async (_label, value, expected) => {
      const id = `long-value-${value.k}`;
      const click = blockActions({
        action_id: 'open:long',
        value: JSON.stringify(value),
        response_url: t.standIn.responseUrl(id),
      });
      expect((await whileHealthPolled(t, click)).status).toBe(200);
      const replaced = await t.standIn.waitFor((c) => c.responseId === id);
      expect(JSON.stringify(replaced.args.blocks)).toContain(expected);
    },
  );

  it(`keeps nothing of ${LONG_TEXTS} long texts once they are answered (heap flat after GC)`, {
    timeout: 120_000,
  }, async () => {
    const before = await t.app.heapAfterGc();
    const client = createRawClient(t.origin, 4);
    const indexes = Array.from({ length: LONG_TEXTS }, (_, i) => i);
    let answered = 0;
    await forEachBounded(indexes, 4, async (i) => {
      // Each a new word the speller has not seen, in a text far longer than anything read.
      const text = `${i % 2 ? 'compare' : 'what does a'} ${uniqueWord(i)} ${uniqueWord(i + LONG_TEXTS)} ${'very '.repeat(40_000)}`;
      const { body, contentType } = slashCommand({ text });
      const res = await client.send({
        method: 'POST',
        path: '/slack/events',
        headers: { 'content-type': contentType, ...signRequest(t.secret, body) },
        body: Buffer.from(body),
      });
      if (res.status === 200 && (JSON.parse(res.body) as Card).response_type === 'ephemeral') answered++;
    });
    client.close();
    const after = await t.app.heapAfterGc();
    console.log(
      `bounded work: heap after GC ${(before / MB).toFixed(1)} MB before ${LONG_TEXTS} texts of 200 kB, ${(after / MB).toFixed(1)} MB after`,
    );
    expect(answered).toBe(LONG_TEXTS);
    expect(after - before).toBeLessThan(HEAP_GROWTH_LIMIT);
  });
});

/**
 * Opens a connection, writes `first`, then one more byte every half second (never finishing the request),
 * and resolves with how long the app kept it open and what it answered.
 */
function trickle(origin: string, first: string): Promise<{ heldMs: number; answer: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const opened = performance.now();
    let answer = '';
    const drip = setInterval(() => socket.writable && socket.write('x'), 500);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(drip);
      resolve({ heldMs: performance.now() - opened, answer });
    });
    socket.write(first);
  });
}

/** An idle keep-alive connection: one request, `idleMs` of nothing, another request on the same socket. */
function idleKeepAlive(origin: string, idleMs: number): Promise<string[]> {
  const { hostname, port } = new URL(origin);
  const get = 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n';
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const statuses: string[] = [];
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      statuses.push(...(chunk.match(/^HTTP\/1\.1 \d+/gm) ?? []));
      if (statuses.length === 1) setTimeout(() => socket.write(get), idleMs);
      if (statuses.length === 2) socket.end(() => resolve(statuses));
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(statuses));
    socket.write(get);
  });
}

/**
 * How long a request may take to arrive, shortened from the app's 10 s so as not to wait it out: the app runs in
 * this process for it (test/slack/harness.ts). What is checked holds for any value, the default included.
 */
const ARRIVAL_MS = 2_000;

describe('requests that never finish arriving', () => {
  let h: Harness;
  let t: { origin: string; secret: string };
  beforeAll(async () => {
    h = await startHarness({}, { timeouts: { requestArrivalMs: ARRIVAL_MS } });
    t = { origin: new URL(h.app.url!).origin, secret: SIGNING_SECRET };
  });
  afterAll(() => h?.close());

  it(`a stalled body and stalled headers are cut within 1.5 times the ${ARRIVAL_MS / 1000} s limit; an idle keep-alive connection is not`, async () => {
    const signed = signRequest(t.secret, 'text=salary');
    const headers = [
      'POST /slack/events HTTP/1.1',
      'Host: localhost',
      `Content-Type: ${FORM}`,
      'Content-Length: 100000',
      `X-Slack-Signature: ${signed['x-slack-signature']}`,
      `X-Slack-Request-Timestamp: ${signed['x-slack-request-timestamp']}`,
    ];
    const [body, head, idle] = await Promise.all([
      trickle(t.origin, `${headers.join('\r\n')}\r\n\r\ntext=sal`),
      trickle(t.origin, `${headers.slice(0, 3).join('\r\n')}\r\n`),
      idleKeepAlive(t.origin, ARRIVAL_MS * 1.2),
      // Meanwhile the app answers as usual.
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, ARRIVAL_MS * 0.3));
        expect((await sendToApp(t.origin, t.secret, slashCommand({ text: 'salary' }))).status).toBe(200);
      })(),
    ]);
    console.log(
      `slow requests: a stalled body cut after ${(body.heldMs / 1000).toFixed(1)} s, stalled headers after ${(head.heldMs / 1000).toFixed(1)} s`,
    );
    for (const cut of [body, head]) {
      expect(cut.heldMs).toBeLessThanOrEqual(ARRIVAL_MS * 1.5);
      expect(cut.heldMs).toBeGreaterThanOrEqual(ARRIVAL_MS * 0.9);
      expect(cut.answer).toMatch(/^HTTP\/1\.1 408/);
    }
    expect(idle).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
  });
});

// Characters that are valid in a JSON string, or harmless to a parser, but that log tools and terminals read as
// line ends or commands: none may reach the log raw, whichever format it is written in.
const RAW_SEPARATOR_OR_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const NASTY = 'what does a care manager earn \u2028 forged \u2029 line \u0085 next \u009b[2J \u001b[31m red';

describe('log lines of a question with line separators and C1 controls', () => {
  it.each(['json', 'text'] as const)(
    'LOG_FORMAT=%s: one line per entry, nothing raw, the question still readable',
    { timeout: 60_000 },
    async (format) => {
      const t = await startAppWithStandIn({ env: { LOG_FORMAT: format } });
      try {
        expect((await sendToApp(t.origin, t.secret, slashCommand({ text: NASTY }))).status).toBe(200);
        const after = t.standIn.mark();
        expect((await sendToApp(t.origin, t.secret, appMention({ text: `<@U0CAREBOT> ${NASTY}` }))).status).toBe(200);
        await t.standIn.waitFor('chat.postMessage', { after });
        await t.app.waitForLog((l) => String(l.msg ?? l.raw).includes('answered app_mention'));
        const answered = await t.app.waitForLog((l) => String(l.msg ?? l.raw).includes('answered slash'));
        const output = t.app.output();
        expect(output).not.toMatch(RAW_SEPARATOR_OR_CONTROL);
        const lines = output.split('\n').filter((line) => line.trim() !== '');
        if (format === 'json') {
          // Every line is a whole JSON object, and the question reads back as asked.
          expect(t.app.logs.filter((l) => 'raw' in l)).toEqual([]);
          expect(lines.length).toBe(t.app.logs.length);
          expect(String(answered.question)).toContain('\u2028 forged \u2029 line \u0085 next \u009b[2J');
        } else {
          expect(String(answered.raw)).toContain('\\u2028 forged \\u2029 line \\u0085 next \\u009b[2J \\u001b[31m');
        }
      } finally {
        await t.close();
      }
    },
  );
});
