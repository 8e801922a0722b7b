import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, blockActions, directMessage, sendToApp, slashCommand } from '../../src/emulator/index.ts';
import { encodeValue } from '../../src/blocks/index.ts';
import { startAppWithStandIn, testEnv, type AppWithStandIn } from './app-process.ts';
import { generateFuzzCases, signatureHeaders, type FuzzCase, type FuzzKind } from './fuzz-requests.ts';
import { createRawClient, forEachBounded, type RawResponse } from './raw-client.ts';

// Ten thousand hostile requests at the real app, as its own process: what comes back must be a clean
// refusal or a polite card, the process must survive without its heap growing, and afterwards it must
// still answer a real question correctly.
const SEED = 20_260_603;
const REQUESTS = 10_000;
const WARM_UP = 1_000;
const CONCURRENCY = 16;
// A leak of a request's body or answer (a few kB) over 9,000 requests would be tens of MB.
const HEAP_GROWTH_LIMIT = 16 * 1024 * 1024;

/** Markup only user text could have put there: the app itself never writes these. */
const INJECTED = /<!channel>|<!here|<!everyone>|<#C0GENERAL|<!subteam|<!date|<https:\/\/evil|<script|<img/;
const STACK_TRACE = /\n\s+at .+:\d+:\d+|\bat (?:async )?\S+ \(\/|TypeError|ReferenceError|SyntaxError/;

/** What must come back for a case, or null when it did. */
function problemWith(c: FuzzCase, res: RawResponse): string | null {
  if (c.kind === 'wrong-route') return res.status === 404 ? null : `expected 404, got ${res.status}`;
  if (c.signing !== 'signed')
    return res.status === 401 ? null : `unsigned (${c.signing}): expected 401, got ${res.status}`;
  if (res.status >= 500) return `server error ${res.status}`;
  if (STACK_TRACE.test(res.body)) return 'stack trace in the response';
  if (c.kind === 'oversized' && res.status !== 413) return `oversized: expected 413, got ${res.status}`;
  if (res.status >= 300 && res.status < 400) return `unexpected ${res.status}`;
  if (INJECTED.test(res.body.replace(/"value":"(?:[^"\\]|\\.)*"/g, ''))) return 'user markup echoed unescaped';
  return null;
}

describe('fuzz: hostile and malformed requests', () => {
  let t: AppWithStandIn;
  beforeAll(async () => {
    t = await startAppWithStandIn({ memoryProbe: true });
  });
  afterAll(() => t?.close());

  it(`answers ${REQUESTS} generated requests with 401, a clean 4xx or a polite card, and stays healthy`, {
    timeout: 180_000,
  }, async () => {
    const client = createRawClient(t.origin, CONCURRENCY);
    const byStatus = new Map<number | string, number>();
    const byKind = new Map<FuzzKind, Map<number | string, number>>();
    const problems: string[] = [];
    let sent = 0;
    let heapAfterWarmUp = 0;
    const rssAtStart = t.app.rss();
    let rssAfterWarmUp = 0;

    // One stream of cases, made as they are sent, in two batches: the heap is measured between them.
    const cases = generateFuzzCases(SEED, REQUESTS, (id) => t.standIn.responseUrl(id));
    function* take(count: number) {
      for (let i = 0; i < count; i++) {
        const next = cases.next();
        if (next.done) return;
        yield next.value;
      }
    }
    for (const [batch, size] of [WARM_UP, REQUESTS - WARM_UP].entries()) {
      await forEachBounded(take(size), CONCURRENCY, async (c) => {
        const { headers, body } = signatureHeaders(c, t.secret);
        if (c.contentType !== undefined) headers['content-type'] = c.contentType;
        let status: number | string;
        try {
          const res = await client.send({ method: c.method, path: c.path, headers, body });
          status = res.status;
          const problem = problemWith(c, res);
          if (problem) problems.push(`#${c.index} ${c.kind}/${c.signing} ${c.label.slice(0, 60)}: ${problem}`);
        } catch (error) {
          status = 'no response';
          problems.push(`#${c.index} ${c.kind}/${c.signing} ${c.label.slice(0, 60)}: ${(error as Error).message}`);
        }
        sent++;
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        const kind = byKind.get(c.kind) ?? new Map();
        kind.set(status, (kind.get(status) ?? 0) + 1);
        byKind.set(c.kind, kind);
      });
      if (batch === 0) {
        heapAfterWarmUp = await t.app.heapAfterGc();
        rssAfterWarmUp = t.app.rss();
      }
    }
    client.close();
    const heapAtEnd = await t.app.heapAfterGc();
    const rssAtEnd = t.app.rss();

    const row = (counts: Map<number | string, number>) =>
      [...counts]
        .sort(([a], [b]) => String(a).localeCompare(String(b)))
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ');
    const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      [
        `fuzz: ${sent} requests (seed ${SEED}), by status: ${row(byStatus)}`,
        ...[...byKind]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([kind, counts]) => `  ${kind.padEnd(20)} ${row(counts)}`),
        `  heap after GC: ${MB(heapAfterWarmUp)} after ${WARM_UP} requests, ${MB(heapAtEnd)} after ${REQUESTS}`,
        `  resident memory: ${MB(rssAtStart)} at start, ${MB(rssAfterWarmUp)} after ${WARM_UP}, ${MB(rssAtEnd)} after ${REQUESTS}`,
      ].join('\n'),
    );

    expect(sent).toBe(REQUESTS);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(byStatus.get(401)).toBeGreaterThan(REQUESTS / 5);
    expect(byStatus.get(200)).toBeGreaterThan(REQUESTS / 5);
    expect(t.app.child.exitCode).toBeNull();
    expect(heapAtEnd - heapAfterWarmUp).toBeLessThan(HEAP_GROWTH_LIMIT);
  });

  it('has not echoed user markup to Slack, nor crashed, leaked a rejection or a stack trace meanwhile', () => {
    // What people see: every text, not the buttons' values (data Slack hands back on a click, never shown).
    const visible = (args: unknown) =>
      JSON.stringify(args, (key, value: unknown) => (key === 'value' ? undefined : value));
    const posted = t.standIn.calls.filter((c) => !c.fault).map((c) => visible(c.args));
    expect(posted.length).toBeGreaterThan(100);
    expect(posted.filter((args) => INJECTED.test(args)).slice(0, 3)).toEqual([]);
    const output = t.app.output();
    expect(output).not.toMatch(/unhandled rejection|uncaught/i);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('keeps its logs clean: JSON lines, no token or secret, no unescaped user markup at info level', () => {
    const env = testEnv('');
    const output = t.app.output();
    expect(output).not.toContain(env.SLACK_BOT_TOKEN);
    expect(output).not.toContain(env.SLACK_SIGNING_SECRET);
    expect(t.app.logs.filter((l) => 'raw' in l)).toEqual([]);
    const info = t.app.logs.filter((l) => l.level === 'info' || l.level === 'debug');
    const answered = info.filter((l) => l.event === 'answered');
    expect(answered.length).toBeGreaterThan(500);
    // Each answer says where it came from, what it was about and how long it took.
    expect(answered.find((l) => l.surface === 'slash' && l.card === 'ask')).toMatchObject({
      kind: expect.any(String),
      confidence: expect.any(Number),
      latency_ms: expect.any(Number),
    });
    expect(answered.find((l) => l.surface === 'button:open' && l.card === 'topic')).toMatchObject({
      topic: expect.any(String),
      latency_ms: expect.any(Number),
    });
    const unescaped = info.map((l) => JSON.stringify(l)).filter((line) => /[<>]|&(?!amp;|lt;|gt;)/.test(line));
    expect(unescaped.slice(0, 3)).toEqual([]);
  });

  it('still answers a real question correctly afterwards, in a slash command and in a thread', async () => {
    const res = await sendToApp(
      t.origin,
      t.secret,
      slashCommand({ text: 'what certification does a care manager need' }),
    );
    expect(res.status).toBe(200);
    const card = (await res.json()) as {
      response_type: string;
      blocks: Array<{ type: string; text?: { text: string } }>;
    };
    expect(card.response_type).toBe('ephemeral');
    expect(card.blocks.find((b) => b.type === 'header')?.text?.text).toBe('Care manager · Licenses and certifications');
    expect(JSON.stringify(card.blocks)).toContain('Case Manager vs. Care Manager: Definitions and Key Differences');

    const after = t.standIn.mark();
    const mention = appMention({ text: '<@U0CAREBOT> how much does a case manager earn' });
    expect((await sendToApp(t.origin, t.secret, mention)).status).toBe(200);
    const ts = (JSON.parse(mention.body) as { event: { ts: string } }).event.ts;
    const post = await t.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts, { after });
    expect(JSON.stringify(post.args.blocks)).toContain('Case manager · Salary');
  });

  it('tells the user when a 10,000-character question was cut, on every surface', async () => {
    const long = `what certification does a care manager need ${'please '.repeat(1_500)}`.slice(0, 10_000);
    const notice = 'only its first part was read';

    const slash = (await (await sendToApp(t.origin, t.secret, slashCommand({ text: long }))).json()) as {
      blocks: unknown[];
    };
    expect(JSON.stringify(slash.blocks)).toContain(notice);

    for (const request of [appMention({ text: `<@U0CAREBOT> ${long}` }), directMessage({ text: long })]) {
      const after = t.standIn.mark();
      expect((await sendToApp(t.origin, t.secret, request)).status).toBe(200);
      const post = await t.standIn.waitFor('chat.postMessage', { after });
      expect(JSON.stringify(post.args.blocks)).toContain(notice);
    }
    // A button asking a question (as "Did you mean" and older cards carry one) is read the same way. Its value is
    // as the cards write it, within Slack's 2000 characters (a longer one is not ours, and is not read at all).
    const value = encodeValue({ kind: 'ask', question: long });
    const click = blockActions({ action_id: 'open:ask', value, response_url: t.standIn.responseUrl('long-click') });
    expect((await sendToApp(t.origin, t.secret, click)).status).toBe(200);
    const replaced = await t.standIn.waitFor((c) => c.responseId === 'long-click');
    expect(JSON.stringify(replaced.args.blocks)).toContain(notice);
    const answered = t.app.logs.filter((l) => l.event === 'answered' && l.truncated === true);
    expect(answered.length).toBeGreaterThanOrEqual(4);
    const unescaped = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(answered.every((l) => unescaped(String(l.question)).length <= 200)).toBe(true);
  });
});
