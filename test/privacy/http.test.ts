import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appHomeOpened,
  appMention,
  blockActions,
  DEFAULT_IDS,
  directMessage,
  slashCommand,
  type RecordedCall,
} from '../../src/emulator/index.ts';
import { openStorage, type Storage } from '../../src/storage/index.ts';
import { BOT_MENTION, buttonLabelled, clickOnMessage, startHarness, type Harness } from '../slack/harness.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from '../storage/engines.ts';
import { readSet, type Item } from './evaluate.ts';

// Patient details never leave the question: a sample of the writer's set is sent to the running app by DM,
// mention and /career through signed requests, one is escalated to the HR team and one voted down, on each
// engine. Then no identifier may be found in the log, in any row of any table, or in any call to the experts'
// channel; the asker is told, and sees the question the HR team will get before it is sent.

const EXPERTS = 'C0HREXPERTS';
const ADMIN = 'U0HRADMIN';
const PRIVACY_NOTE = "You don't need patient details to ask about careers; I didn't keep them.";
const quiet = { warn: () => {}, info: () => {} };

/** Every fifth message that carries identifiers: a spread of every kind and way of typing them. */
const sample: Item[] = readSet(new URL('./redaction-set.json', import.meta.url).pathname)
  .filter((item) => item.identifiers.length > 0)
  .filter((_item, i) => i % 5 === 0);
// Declined (a plumber is no role the bot knows), so its card offers "Ask the HR team".
const ESCALATED = 'my pt Dolores Whitaker MRN 30044718 in bed 14A, 82 yo F, asked what a plumber earns';
const ESCALATED_IDS = ['Dolores Whitaker', '30044718', 'bed 14A', '82 yo F'];

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The identifiers of the sample (and the escalated question) found in `text`, as whole words, in any case. */
function leaked(text: string): string[] {
  const ids = [...sample.flatMap((item) => item.identifiers.map((id) => id.text)), ...ESCALATED_IDS];
  return [...new Set(ids)].filter((id) => new RegExp(`(?<![\\w])${escapeRe(id)}(?![\\w])`, 'i').test(text));
}

async function everyRow(storage: Storage): Promise<string> {
  const { db, engine } = storage.database;
  const tables =
    engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(db);
  expect(tables.rows.map((t) => t.name)).toEqual(
    expect.arrayContaining(['questions', 'question_texts', 'feedback', 'escalations']),
  );
  const dumps = await Promise.all(
    tables.rows.map(async ({ name }) => JSON.stringify((await sql`select * from ${sql.table(name)}`.execute(db)).rows)),
  );
  return dumps.join('\n');
}

describe.each(ENGINES)('patient details on %s', (engine) => {
  let test: TestDatabase;
  let storage: Storage;
  let h: Harness;
  const replies: string[] = [];
  let escalationNote = '';
  let shared = '';

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    storage = await openStorage({ target: test.target, retentionDays: 30, storeText: true }, quiet);
    h = await startHarness({}, { storage, env: { EXPERTS_CHANNEL: EXPERTS, INSIGHTS_ADMINS: ADMIN } });
    for (const [i, item] of sample.entries()) {
      const channel = `D0PRIV${i}`;
      const mark = h.standIn.mark();
      if (i % 3 === 0) {
        const res = await h.send(slashCommand({ text: item.text }));
        replies.push(await res.text());
        continue;
      }
      const request =
        i % 3 === 1
          ? directMessage({ text: item.text, channel })
          : appMention({ text: `${BOT_MENTION} ${item.text}`, channel: `C0PRIV${i}` });
      await h.send(request);
      const reply = await h.standIn.waitFor((c: RecordedCall) => c.method === 'chat.postMessage', { after: mark });
      replies.push(JSON.stringify(reply.args));
    }
    // One escalation, from a DM, and one 👎 on an answer.
    let mark = h.standIn.mark();
    await h.send(directMessage({ text: ESCALATED, channel: 'D0PRIVESC' }));
    const card = (await h.standIn.waitFor('chat.postMessage', { after: mark })).args as {
      text: string;
      blocks: unknown[];
    };
    escalationNote = JSON.stringify(card.blocks);
    mark = h.standIn.mark();
    await h.send(clickOnMessage(card, 'Ask the HR team', 'D0PRIVESC'));
    await h.standIn.waitFor((c: RecordedCall) => c.method === 'chat.postMessage' && c.args.channel === EXPERTS, {
      after: mark,
    });
    mark = h.standIn.mark();
    await h.send(directMessage({ text: sample[1]!.text, channel: 'D0PRIVVOTE' }));
    const answered = (await h.standIn.waitFor('chat.postMessage', { after: mark })).args as {
      text: string;
      blocks: unknown[];
    };
    buttonLabelled(answered, 'Not helpful');
    await h.send(clickOnMessage(answered, 'Not helpful', 'D0PRIVVOTE'));
    // "Share in channel" on a /career reply: the card posted for everyone.
    const first = JSON.parse(replies[0]!) as { text: string; blocks: unknown[] };
    const share = buttonLabelled(first, 'Share in channel');
    await h.send(
      blockActions({
        action_id: share.action_id,
        value: share.value,
        container: { type: 'message', message_ts: '1.000001', channel_id: DEFAULT_IDS.channelId, is_ephemeral: true },
        response_url: h.standIn.responseUrl('privacy-share'),
      }),
    );
    shared = JSON.stringify(
      (await h.standIn.waitFor((c: RecordedCall) => c.kind === 'response_url' && c.responseId === 'privacy-share'))
        .args,
    );
    await h.send(appHomeOpened({ user: ADMIN }));
    await h.standIn.waitFor('views.publish');
    // The records are written a moment after the replies.
    for (let i = 0; i < 100 && (await storage.report()).questions < sample.length + 2; i++) {
      await storage.recorder.flush();
      await new Promise((r) => setTimeout(r, 20));
    }
    await storage.recorder.flush();
  }, 120_000);

  afterAll(async () => {
    await h?.close();
    await storage?.close();
    await test?.drop();
  });

  it('the set sent was answered, each asker told kindly', () => {
    expect(sample.length).toBeGreaterThanOrEqual(30);
    expect(replies).toHaveLength(sample.length);
    for (const reply of replies) expect(reply).toContain(PRIVACY_NOTE);
  });

  it('the HR team button shows the question it will send, without patient details, before it is sent', () => {
    expect(escalationNote).toContain('They will see it without patient details');
    expect(escalationNote).toContain('my pt [name] MRN [record number] in [room], [age], asked what a plumber earns');
  });

  it('no identifier is in the log', () => {
    const log = h.logs.map((line) => line.text).join('\n');
    expect(log).toContain('[name]');
    expect(leaked(log)).toEqual([]);
  });

  it('no identifier is in any row of any table', async () => {
    const rows = await everyRow(storage);
    expect(rows).toContain('[record number]');
    expect(leaked(rows)).toEqual([]);
  });

  it("no identifier is in any call to the experts' channel, nor in the admins' App Home", () => {
    const experts = h.standIn.calls.filter((c) => JSON.stringify(c.args).includes(EXPERTS));
    expect(experts.length).toBeGreaterThan(0);
    expect(leaked(JSON.stringify(experts.map((c) => c.args)))).toEqual([]);
    const home = h.standIn.callsTo('views.publish').map((c) => JSON.stringify(c.args));
    expect(home.join()).toContain('Insights');
    expect(leaked(home.join())).toEqual([]);
  });

  it('replies show the asker the question as kept, and so does a card shared in a channel', () => {
    // What people read: the texts, not the values buttons carry back to the app.
    const visible = (json: string) => json.replace(/"value":"(?:[^"\\]|\\.)*"/g, '');
    expect(leaked(visible(replies.join('\n')))).toEqual([]);
    expect(shared).toContain('in_channel');
    expect(shared).toContain('You asked');
    expect(leaked(visible(shared))).toEqual([]);
  });
});
