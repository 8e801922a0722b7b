import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appMention,
  directMessage,
  messageTs,
  sendToApp,
  signRequest,
  slashCommand,
  type SlackRequest,
} from '../../src/emulator/index.ts';
import { startFaultyStandIn, type FaultyStandIn } from '../support/faulty-stand-in.ts';
import { startAppProcess, testEnv, type AppProcess } from '../robustness/app-process.ts';
import { createTestDatabase, type TestDatabase } from '../storage/engines.ts';
import { bundled } from '../support/bundled.ts';

const run = promisify(execFile);
const BOT = '<@U0CAREBOT>';
type Message = { blocks?: Array<{ type: string; text?: { text: string } }>; thread_ts?: string; channel?: string };
const headerOf = (m: Message) => m.blocks?.find((b) => b.type === 'header')?.text?.text;

// Two instances of the app, as their own processes, behind no balancer: each request goes to the one the test
// picks. They share one PostgreSQL database (a fresh one, dropped afterwards) and one Slack stand-in.
describe('two instances on one PostgreSQL database', () => {
  let db: TestDatabase;
  let standIn: FaultyStandIn;
  let a: AppProcess;
  let b: AppProcess;
  let origins: { a: string; b: string };
  let env: Record<string, string>;
  let expectedQuestions = 0;
  const send = (to: 'a' | 'b', request: SlackRequest, headers?: Record<string, string>) =>
    sendToApp(`${origins[to]}/slack/events`, env.SLACK_SIGNING_SECRET!, request, headers);
  /** Slack's retry number `n`: signed anew, as Slack does, with the later time it is sent at (else it is a replay). */
  const retry = (to: 'a' | 'b', request: SlackRequest, n: number) =>
    send(to, request, {
      ...signRequest(
        env.SLACK_SIGNING_SECRET!,
        request.body,
        Math.floor(Date.now() / 1000) + (n === 1 ? 2 : 60 * (n - 1)),
      ),
      'X-Slack-Retry-Num': String(n),
      'X-Slack-Retry-Reason': 'http_timeout',
    });

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    standIn = await startFaultyStandIn({ token: 'xoxb-robustness-test-token' });
    env = testEnv(standIn.apiUrl, { DATABASE_URL: db.target.engine === 'postgres' ? db.target.url : '' });
    a = startAppProcess(env);
    b = startAppProcess(env);
    origins = { a: await a.ready, b: await b.ready };
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await standIn?.close();
    await db?.drop();
  });

  it('a follow-up that lands on the other instance is answered in context', async () => {
    const dm = 'D0TWOINSTANCES';
    let after = standIn.mark();
    await send('a', directMessage({ text: 'what certification do case managers need?', channel: dm }));
    const first = (await standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === dm, { after }))
      .args as Message;
    expect(headerOf(first)).toBe('Case manager · Licenses and certifications');
    after = standIn.mark();
    await send('b', directMessage({ text: 'and care managers?', channel: dm }));
    const second = (await standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === dm, { after }))
      .args as Message;
    expect(headerOf(second)).toBe('Care manager · Licenses and certifications');
    expect(JSON.stringify(second.blocks)).toContain('following your last question');
    expectedQuestions += 2;
  });

  it('a retry sent to the other instance is not answered twice', async () => {
    const ts = messageTs();
    const mention = appMention({ text: `${BOT} how much do care managers make`, ts }, { event_id: 'Ev0TWOINSTANCES1' });
    const after = standIn.mark();
    await send('a', mention);
    await standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts, { after });
    expect((await retry('b', mention, 1)).status).toBe(200);
    await b.waitForLog((l) => String(l.msg).includes('Skipping a retried event Ev0TWOINSTANCES1'));
    // Something after it on the same instance has been answered: the retry had its chance to post.
    const marker = 'D0MARKER';
    await send('b', directMessage({ text: 'care manager salary', channel: marker }));
    await standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === marker, { after });
    expect(standIn.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts)).toHaveLength(1);
    expectedQuestions += 2;
  });

  it('a signed request replayed to the other instance is refused there', async () => {
    const { body, contentType } = slashCommand({ text: 'care manager salary' });
    const headers = { 'content-type': contentType, ...signRequest(env.SLACK_SIGNING_SECRET!, body) };
    const first = await fetch(`${origins.a}/slack/events`, { method: 'POST', headers, body });
    expect(JSON.stringify(await first.json())).toContain('Care manager · Salary');
    const replayed = await fetch(`${origins.b}/slack/events`, { method: 'POST', headers, body });
    expect(replayed.status).toBe(200);
    expect(await replayed.text()).toBe('');
    await b.waitForLog((l) => String(l.msg).includes('Ignored a replayed request'));
    expectedQuestions += 1;
  });

  it('an event whose instance was killed before delivering is answered by the retry, on the other instance', async () => {
    const ts = messageTs();
    const mention = appMention({ text: `${BOT} what does a case manager do`, ts }, { event_id: 'Ev0TWOINSTANCES2' });
    // Instance A takes the event, claims it, and hangs posting the answer; then it is killed.
    standIn.fail('chat.postMessage', { kind: 'slow', ms: 60_000 }, 1);
    const after = standIn.mark();
    await send('a', mention);
    await standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts, {
      after,
      includeFaults: true,
    });
    // What A answered before is in its record (written a moment after each answer), then A dies.
    await recorded(db, expectedQuestions);
    await a.stop();
    standIn.heal();
    // Slack's immediate retry finds the claim fresh (A might still be answering): dropped.
    await retry('b', mention, 1);
    await b.waitForLog((l) => String(l.msg).includes('Skipping a retried event Ev0TWOINSTANCES2'));
    // About a minute later Slack retries again: the claim has gone stale (moved back here instead of waiting).
    await ageClaim(db, 'Ev0TWOINSTANCES2', 60_000);
    await retry('b', mention, 2);
    const answer = await standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts, { after });
    expect(headerOf(answer.args as Message)).toBe('Case manager · Job duties');
    expect(standIn.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts)).toHaveLength(1);
    expectedQuestions += 1;
  });

  it('`npm run insights -- --json` counts the questions of both instances', async () => {
    const report = async () =>
      JSON.parse(
        (
          await run(process.execPath, [...bundled('insights'), '--json'], {
            env: {
              PATH: process.env.PATH ?? '',
              HOME: process.env.HOME ?? '',
              DATABASE_URL: env.DATABASE_URL!,
              DATABASE_PATH: '',
              KNOWLEDGE_DIR: '',
            },
          })
        ).stdout,
      ) as { questions: number; surfaces: Array<{ surface: string; count: number }> };
    let seen = await report();
    for (let i = 0; i < 20 && seen.questions < expectedQuestions; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      seen = await report();
    }
    expect(seen.questions).toBe(expectedQuestions);
    expect(seen.surfaces).toEqual(
      expect.arrayContaining([
        { surface: 'dm', count: 3 },
        { surface: 'mention', count: 2 },
        { surface: 'slash', count: 1 },
      ]),
    );
  });
});

/** Waits until the database holds `count` recorded questions. */
async function recorded(db: TestDatabase, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: db.target.engine === 'postgres' ? db.target.url : '' });
  await client.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM questions');
      if (Number(rows[0]!.n) >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`fewer than ${count} questions recorded`);
  } finally {
    await client.end();
  }
}

/** Moves an event's claim back in time, as if `ms` had passed since it was made. */
async function ageClaim(db: TestDatabase, eventId: string, ms: number): Promise<void> {
  const client = new pg.Client({ connectionString: db.target.engine === 'postgres' ? db.target.url : '' });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      'UPDATE event_claims SET claimed_at = claimed_at - $1 WHERE event_id = $2',
      [ms, eventId],
    );
    expect(rowCount).toBe(1);
  } finally {
    await client.end();
  }
}
