import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockActions, DEFAULT_IDS, slashCommand, viewSubmission } from '../../src/emulator/index.ts';
import { openStorage, type Storage } from '../../src/storage/index.ts';
import { createTestDatabase, ENGINES, POSTGRES_ADMIN_URL, type TestDatabase } from '../storage/engines.ts';
import type { ActionButton } from '../support/block-kit.ts';
import { buttonLabelled, SIGNING_SECRET, startHarness, type Harness } from './harness.ts';

// "Ask the HR team" when the database fails, and only the HR team answering as the HR team: through signed
// requests to the running app, on real databases made to fail for real (a SQLite file locked by another
// connection; a PostgreSQL database that refuses connections).

const EXPERTS = 'C0HRGUARD';
const EXPERT = 'U0EXPERT';
const OUTSIDER = 'U0OUTSIDER';
const ASK = 'Ask the HR team';

type Card = { text: string; blocks: unknown[] };
const textOf = (message: object) => JSON.stringify(message);
const quiet = { warn: () => {}, info: () => {} };
let replies = 0;
let askers = 0;

/** A real fault on each engine, and its end. */
type Fault = { start(): Promise<void>; end(): Promise<void> };

function faultOn(test: TestDatabase): Fault {
  if (test.target.engine === 'sqlite') {
    // Another connection holds the write lock: the app's writes wait DATABASE_TIMEOUT_MS, then fail (SQLITE_BUSY).
    const other = new Database(test.target.path);
    return {
      start: async () => void other.exec('BEGIN EXCLUSIVE'),
      end: async () => {
        other.exec('COMMIT');
        other.close();
      },
    };
  }
  const name = new URL(test.target.url).pathname.slice(1);
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    await client.query(text).finally(() => client.end());
  };
  return {
    // Its connections cut and new ones refused: as a server restarting, or a database taken offline.
    start: async () => {
      await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
    },
    end: () => admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`),
  };
}

describe.each(ENGINES)('Ask the HR team while the database fails (%s)', (engine) => {
  let h: Harness;
  let test: TestDatabase;
  let storage: Storage;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    storage = await openStorage({ target: test.target, retentionDays: 30, storeText: true, timeoutMs: 500 }, quiet);
    h = await startHarness({}, { env: { EXPERTS_CHANNEL: EXPERTS }, storage });
  });
  afterAll(async () => {
    await h.close();
    await storage.close();
    await test.drop();
  });

  const askButton = async (question: string) =>
    buttonLabelled((await (await h.send(slashCommand({ text: question }))).json()) as Card, ASK);
  const click = async (button: ActionButton, user: string, channel = DEFAULT_IDS.channelId) => {
    const id = `guard-${++replies}`;
    await h.send(
      blockActions({
        action_id: button.action_id,
        value: button.value,
        user_id: user,
        channel_id: channel,
        response_url: h.standIn.responseUrl(id),
      }),
    );
    return (await h.standIn.waitFor((c) => c.responseId === id)).args as Card;
  };
  const recovered = () => expect.poll(() => storage.status().available, { timeout: 10_000 }).toBe(true);

  it('a question not stored is not said to be sent: the asker is told, and Try again sends it once the database is back', async () => {
    const asker = `U0ASKER${++askers}`;
    const button = await askButton('can I bring my bike inside');
    const fault = faultOn(test);
    await fault.start();
    let told: Card;
    try {
      told = await click(button, asker);
    } finally {
      await fault.end();
    }
    expect(textOf(told)).toContain('could not be sent to the HR team yet');
    expect(h.standIn.callsTo('chat.postMessage').filter((c) => c.args.channel === EXPERTS)).toEqual([]);
    expect(h.logs.some((l) => l.level === 'error' && l.text.includes('could not be stored, so it was not sent'))).toBe(
      true,
    );
    await recovered();
    const sent = await click(buttonLabelled(told, 'Try again'), asker);
    expect(textOf(sent)).toContain('Sent to the HR team');
    expect(h.standIn.callsTo('chat.postMessage').filter((c) => c.args.channel === EXPERTS)).toHaveLength(1);
  }, 30_000);

  it("an answer not stored keeps the expert's modal open with what they typed, and is sent once the database is back", async () => {
    await recovered();
    const mark = h.standIn.mark();
    await click(await askButton('is there a staff gym'), `U0ASKER${++askers}`);
    const card = (
      await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === EXPERTS, { after: mark })
    ).args as Card;
    const answer = buttonLabelled(card, 'Answer');
    await h.send(
      blockActions({ action_id: answer.action_id, value: answer.value, user_id: EXPERT, channel_id: EXPERTS }),
    );
    const viewId = ((await h.standIn.waitFor('views.open', { after: mark })).result as { view: { id: string } }).view
      .id;
    // The app records the modal just after views.open returns.
    await expect
      .poll(() => storage.escalations.answerView(viewId).catch(() => null), { timeout: 10_000 })
      .not.toBeNull();
    const submit = () =>
      h.standIn.modals.submit(
        viewId,
        { answer: { text: { type: 'plain_text_input', value: 'Yes, in building C.' } } },
        { appUrl: h.app.url!, signingSecret: SIGNING_SECRET },
        EXPERT,
      );
    const fault = faultOn(test);
    await fault.start();
    let first: Awaited<ReturnType<typeof submit>>;
    try {
      first = await submit();
    } finally {
      await fault.end();
    }
    expect(first).toEqual({
      outcome: 'errors',
      errors: { answer: expect.stringContaining('could not be saved just now, so it was not sent') },
    });
    expect(h.standIn.modals.get(viewId)).toBeDefined();
    expect(h.standIn.callsTo('chat.postMessage').filter((c) => textOf(c.args).includes('building C'))).toEqual([]);
    await recovered();
    const second = await submit();
    expect(second.outcome).toBe('updated');
    await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && textOf(c.args).includes('Yes, in building C.'));
  }, 30_000);
});

describe('only the HR team answers as the HR team', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(
      // The experts' channel as conversations.members reads it (scope channels:read / groups:read).
      {
        handlers: {
          'conversations.members': (args) =>
            args.channel === EXPERTS
              ? { ok: true, members: [EXPERT, DEFAULT_IDS.botUserId] }
              : { ok: false, error: 'channel_not_found' },
        },
      },
      { env: { EXPERTS_CHANNEL: EXPERTS, ESCALATIONS_PER_HOUR: '3' } },
    );
  });
  afterAll(() => h.close());

  const escalate = async (question: string, asker = `U0ASKER${++askers}`) => {
    const res = await h.send(slashCommand({ text: question }));
    const button = buttonLabelled((await res.json()) as Card, ASK);
    const id = `only-${++replies}`;
    const mark = h.standIn.mark();
    await h.send(
      blockActions({
        action_id: button.action_id,
        value: button.value,
        user_id: asker,
        response_url: h.standIn.responseUrl(id),
      }),
    );
    const told = (await h.standIn.waitFor((c) => c.responseId === id)).args as Card;
    const posted = h.standIn.calls.find(
      (c) => c.seq > mark && c.method === 'chat.postMessage' && c.args.channel === EXPERTS,
    );
    return { told, card: posted?.args as Card | undefined };
  };
  const clickAnswer = async (card: Card, user: string, channel: string) => {
    const answer = buttonLabelled(card, 'Answer');
    const id = `answer-${++replies}`;
    const mark = h.standIn.mark();
    await h.send(
      blockActions({
        action_id: answer.action_id,
        value: answer.value,
        user_id: user,
        channel_id: channel,
        response_url: h.standIn.responseUrl(id),
      }),
    );
    const next = await h.standIn.waitFor((c) => c.responseId === id || c.method === 'views.open', { after: mark });
    return next.method === 'views.open'
      ? { viewId: (next.result as { view: { id: string } }).view.id }
      : { refused: textOf(next.args) };
  };
  const submitAs = (viewId: string, user: string) =>
    h.standIn.modals.submit(
      viewId,
      { answer: { text: { type: 'plain_text_input', value: 'Forged answer.' } } },
      { appUrl: h.app.url!, signingSecret: SIGNING_SECRET },
      user,
    );

  it('refuses an Answer click outside the experts channel, and from someone not in it, with a reason; no modal opens', async () => {
    const { card } = await escalate('where do I park at night');
    expect(await clickAnswer(card!, EXPERT, DEFAULT_IDS.channelId)).toEqual({
      refused: expect.stringContaining(`are given from <#${EXPERTS}>`),
    });
    expect(await clickAnswer(card!, OUTSIDER, EXPERTS)).toEqual({
      refused: expect.stringContaining(`Only members of <#${EXPERTS}> answer as the HR team`),
    });
    expect(h.standIn.callsTo('views.open')).toEqual([]);
    expect(h.logs.filter((l) => l.level === 'warn' && l.text.startsWith('Refused an Answer click'))).toHaveLength(2);
  });

  it('refuses a submission from a modal the app never opened, opened for another question, or by someone else; the asker gets nothing', async () => {
    const { card } = await escalate('can I work from home on fridays');
    const other = await escalate('is there a creche');
    const { viewId } = (await clickAnswer(card!, EXPERT, EXPERTS)) as { viewId: string };
    const { viewId: otherView } = (await clickAnswer(other.card!, EXPERT, EXPERTS)) as { viewId: string };
    const metadata = h.standIn.modals.get(viewId)!.private_metadata as string;
    const never = await h.send(
      viewSubmission({
        view: {
          id: 'V0NEVEROPENED',
          type: 'modal',
          callback_id: 'hr-answer-modal',
          private_metadata: metadata,
          blocks: [],
        },
        values: { answer: { text: { type: 'plain_text_input', value: 'Forged answer.' } } },
        user_id: OUTSIDER,
      }),
    );
    expect(textOf(await never.json())).toContain('This answer was not accepted');
    const elsewhere = await h.send(
      viewSubmission({
        view: { id: otherView, type: 'modal', callback_id: 'hr-answer-modal', private_metadata: metadata, blocks: [] },
        values: { answer: { text: { type: 'plain_text_input', value: 'Forged answer.' } } },
        user_id: EXPERT,
      }),
    );
    expect(textOf(await elsewhere.json())).toContain('This answer was not accepted');
    // Slack shows a modal only to whoever opened it: a submission of it from anyone else is made up.
    const byOther = await h.send(
      viewSubmission({
        view: { id: viewId, type: 'modal', callback_id: 'hr-answer-modal', private_metadata: metadata, blocks: [] },
        values: { answer: { text: { type: 'plain_text_input', value: 'Forged answer.' } } },
        user_id: OUTSIDER,
      }),
    );
    expect(textOf(await byOther.json())).toContain('This answer was not accepted');
    expect(h.standIn.calls.filter((c) => textOf(c.args).includes('Forged answer'))).toEqual([]);
    const refusals = h.logs.filter(
      (l) => l.level === 'warn' && l.text.startsWith("Refused an answer to the HR team's question"),
    );
    expect(refusals.map((l) => l.text)).toEqual([
      expect.stringContaining('not opened by career-bot'),
      expect.stringContaining('opened for another question'),
      expect.stringContaining('opened by someone else'),
    ]);
    // The expert who opened it still answers.
    expect((await submitAs(viewId, EXPERT)).outcome).toBe('updated');
  });

  it('past ESCALATIONS_PER_HOUR, the asker is told when they can ask again, and nothing more reaches the experts', async () => {
    const asker = 'U0BUSYASKER';
    for (let i = 1; i <= 3; i++)
      expect(textOf((await escalate(`limit question number ${i}`, asker)).told)).toContain('Sent to the HR team');
    // The same question again is still "already has it", not a refusal.
    expect(textOf((await escalate('limit question number 1', asker)).told)).toContain('already has this question');
    const { told, card } = await escalate('limit question number 4', asker);
    expect(card).toBeUndefined();
    expect(textOf(told)).toContain('You have sent the HR team 3 questions this hour');
    expect(textOf(told)).toMatch(/You can ask again at <!date\^\d+\^\{time\}\|\d\d:00 UTC>/);
    expect(textOf((await escalate('limit question number 5')).told)).toContain('Sent to the HR team');
  });
});
