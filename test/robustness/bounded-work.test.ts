import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, directMessage, sendToApp, signRequest, slashCommand, type SlackRequest } from '../../src/emulator/index.ts';
import { startAppWithStandIn, type AppWithStandIn } from './app-process.ts';
import { createRawClient, forEachBounded } from './raw-client.ts';

// What one request may cost the app, whatever it carries: a text up to the 1 MB a body may hold is read no
// further than its start, so every other request (here the health check) is still answered at once, and
// nothing of a long text stays in memory after its answer.
const MB = 1024 * 1024;
const HEALTH_LATENCY_LIMIT_MS = 250;
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
    console.log(`a ${(body.length / 1024).toFixed(0)} kB request answered in ${replyMs.toFixed(0)} ms; /healthz meanwhile: ${during - 2 + 1} checks, slowest ${slowest.toFixed(1)} ms`);
    expect(slowest).toBeLessThan(HEALTH_LATENCY_LIMIT_MS);
  }
}

/** A word of letters only, different for each `i`, long enough that V8 slices it out of its message. */
const uniqueWord = (i: number) => `careerword${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`.padEnd(16, 'x');

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
    ["Slack's longest message as one word", `vs ${'a'.repeat(40_000)}`],
    ['an unclosed mention markup, repeated', `compare ${'&lt;@'.repeat(8_000)} ${'<@'.repeat(150_000)}`],
    ['unclosed link markup, repeated', `compare ${'<http:'.repeat(90_000)}`],
  ])('compare + %s: answered, and /healthz stays well under 250 ms meanwhile', { timeout: 30_000 }, async (_label, text) => {
    const reply = await whileHealthPolled(t, slashCommand({ text }));
    expect(reply.status).toBe(200);
    const card = JSON.parse(reply.body) as Card;
    expect(card.response_type).toBe('ephemeral');
    expect(card.text).toContain('Case manager vs. care manager');
    expect(JSON.stringify(card.blocks)).toMatch(/I don't know a topic called “[^”]+”, so here is every topic/);
  });

  it('a 1 MB question in a mention and a DM is answered from its start, and says so', { timeout: 30_000 }, async () => {
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

  it(`keeps nothing of ${LONG_TEXTS} long texts once they are answered (heap flat after GC)`, { timeout: 120_000 }, async () => {
    const before = await t.app.heapAfterGc();
    const client = createRawClient(t.origin, 4);
    const indexes = Array.from({ length: LONG_TEXTS }, (_, i) => i);
    let answered = 0;
    await forEachBounded(indexes, 4, async (i) => {
      // Each a new word the speller has not seen, in a text far longer than anything read.
      const text = `${i % 2 ? 'compare' : 'what does a'} ${uniqueWord(i)} ${uniqueWord(i + LONG_TEXTS)} ${'very '.repeat(40_000)}`;
      const { body, contentType } = slashCommand({ text });
      const res = await client.send({ method: 'POST', path: '/slack/events', headers: { 'content-type': contentType, ...signRequest(t.secret, body) }, body: Buffer.from(body) });
      if (res.status === 200 && (JSON.parse(res.body) as Card).response_type === 'ephemeral') answered++;
    });
    client.close();
    const after = await t.app.heapAfterGc();
    console.log(`bounded work: heap after GC ${(before / MB).toFixed(1)} MB before ${LONG_TEXTS} texts of 200 kB, ${(after / MB).toFixed(1)} MB after`);
    expect(answered).toBe(LONG_TEXTS);
    expect(after - before).toBeLessThan(HEAP_GROWTH_LIMIT);
  });
});

// Characters that are valid in a JSON string, or harmless to a parser, but that log tools and terminals read as
// line ends or commands: none may reach the log raw, whichever format it is written in.
const RAW_SEPARATOR_OR_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const NASTY = 'what does a care manager earn \u2028 forged \u2029 line \u0085 next \u009b[2J \u001b[31m red';

describe('log lines of a question with line separators and C1 controls', () => {
  it.each(['json', 'text'] as const)('LOG_FORMAT=%s: one line per entry, nothing raw, the question still readable', { timeout: 60_000 }, async (format) => {
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
  });
});
