import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, blockActions, messageTs, sendToApp, type RecordedCall } from '../../src/emulator/index.ts';
import { startFaultyStandIn, type FaultyStandIn } from '../support/faulty-stand-in.ts';
import { startAppProcess, testEnv, type AppProcess } from './app-process.ts';

// The app as an operator runs it: a health check for the load balancer, a graceful stop on SIGTERM or
// SIGINT that lets answers in flight arrive, and a refusal to start on a broken knowledge base.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the app as a process', () => {
  let standIn: FaultyStandIn;
  const started: AppProcess[] = [];
  const temp = mkdtempSync(join(tmpdir(), 'career-bot-robustness-'));

  beforeAll(async () => {
    standIn = await startFaultyStandIn();
  });
  afterAll(async () => {
    await Promise.all(started.map((app) => app.stop()));
    await standIn?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  const start = async (extra: Record<string, string> = {}) => {
    const env = testEnv(standIn.apiUrl, extra);
    const app = startAppProcess(env);
    started.push(app);
    return { app, origin: await app.ready, secret: env.SLACK_SIGNING_SECRET! };
  };

  it('GET /healthz answers 200 with the knowledge base loaded, for load balancers', async () => {
    const { origin } = await start();
    const res = await fetch(`${origin}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', knowledge: { topics: 8 } });
    expect((await fetch(`${origin}/healthz`, { method: 'HEAD' })).status).toBe(200);
    // Unsigned, and not on the events path: the probe needs no Slack credentials.
    expect((await fetch(`${origin}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(401);
  });

  /** Starts an app, puts one answer in flight (the stand-in holds it for `holdMs`), then sends `signal`. */
  async function signalWhileAnswering(signal: NodeJS.Signals, holdMs: number, extra: Record<string, string> = {}) {
    const { app, origin, secret } = await start(extra);
    const ts = messageTs();
    const answer = (c: RecordedCall) => c.method === 'chat.postMessage' && c.args.thread_ts === ts;
    standIn.fail('chat.postMessage', { kind: 'slow', ms: holdMs }, 1);
    const after = standIn.mark();
    expect((await sendToApp(origin, secret, appMention({ text: '<@U0CAREBOT> care manager skills', ts }))).status).toBe(
      200,
    );
    await standIn.waitFor(answer, { after, includeFaults: true });
    const signalled = Date.now();
    app.child.kill(signal);
    await app.waitForLog((l) => l.event === 'shutdown');
    return { app, origin, answer, signalled, exit: await app.exited };
  }

  it('SIGTERM: stops accepting, lets the answer in flight arrive, then exits 0', async () => {
    const { app, origin, answer, signalled, exit } = await signalWhileAnswering('SIGTERM', 2_000);
    expect(exit).toEqual({ code: 0, signal: null });
    const delivered = standIn.calls.filter((c) => !c.fault && answer(c));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.at).toBeGreaterThanOrEqual(signalled + 1_000);
    expect(app.logs.find((l) => l.event === 'shutdown')).toMatchObject({ signal: 'SIGTERM' });
    expect(app.logs.find((l) => l.event === 'stopped')).toMatchObject({ level: 'info', drained: true });
    await expect(fetch(`${origin}/healthz`)).rejects.toThrow();
  });

  it('SIGINT: the same, for a click answered through its response_url', async () => {
    const { app, origin, secret } = await start();
    standIn.fail('response_url', { kind: 'slow', ms: 1_500 }, 1);
    const responseUrl = standIn.responseUrl('sigint-click');
    const click = blockActions({
      action_id: 'open:topic-skills',
      value: JSON.stringify({ k: 'topic', t: 'skills', r: [] }),
      response_url: responseUrl,
    });
    expect((await sendToApp(origin, secret, click)).status).toBe(200);
    await standIn.waitFor((c) => c.responseId === 'sigint-click', { includeFaults: true });
    app.child.kill('SIGINT');
    expect(await app.exited).toEqual({ code: 0, signal: null });
    expect(standIn.responses('sigint-click')).toHaveLength(1);
    expect(JSON.stringify(standIn.responses('sigint-click')[0]!.args.blocks)).toContain('Skills');
  });

  it('a grace period that runs out: what was left is logged, and the exit code says so', async () => {
    const { app, exit } = await signalWhileAnswering('SIGTERM', 6_000, { SHUTDOWN_GRACE_SECONDS: '1' });
    expect(exit.code).toBe(1);
    expect(app.logs.find((l) => l.event === 'stopped')).toMatchObject({ level: 'error', drained: false, pending: 1 });
  });

  it('a knowledge base that fails validation stops start-up: non-zero exit, file and field named, never listening', async () => {
    const dir = join(temp, 'broken-field');
    cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
    const file = join(dir, 'topics', 'certification.json');
    const topic = JSON.parse(readFileSync(file, 'utf8'));
    delete topic.facts['case-manager'][1].quote;
    writeFileSync(file, JSON.stringify(topic));

    const app = startAppProcess(testEnv(standIn.apiUrl, { KNOWLEDGE_DIR: dir }));
    started.push(app);
    const exit = await app.exited;
    expect(exit.code).not.toBe(0);
    await expect(app.ready).rejects.toThrow(/exited/);
    // With LOG_FORMAT=json the reason is one JSON line too, file and field as fields.
    const failure = app.logs.find((l) => l.event === 'start-failed');
    expect(failure).toMatchObject({ level: 'error', field: 'facts.case-manager[1].quote' });
    expect(String(failure!.file)).toMatch(/broken-field\/topics\/certification\.json$/);
    expect(String(failure!.msg)).toContain('certification.json: facts.case-manager[1].quote');
  });

  it('a knowledge base with a topic file missing does not start on the rest', async () => {
    const dir = join(temp, 'missing-topic');
    cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
    rmSync(join(dir, 'topics', 'salary.json'));
    const app = startAppProcess(testEnv(standIn.apiUrl, { KNOWLEDGE_DIR: dir, LOG_FORMAT: 'text' }));
    started.push(app);
    expect((await app.exited).code).toBe(1);
    expect(app.output()).toMatch(/cannot start: a knowledge file is broken: .*missing-topic.*topic.*salary/);
    expect(app.output()).not.toMatch(/listening/);
  });
});
