import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appMention,
  blockActions,
  DEFAULT_IDS,
  directMessage,
  messageTs,
  slashCommand,
} from '../../src/emulator/index.ts';
import { openStorage, type Storage } from '../../src/storage/index.ts';
import { buttonLabelled, startHarness, type Harness } from '../slack/harness.ts';
import { createTestDatabase, ENGINES, type TestDatabase } from './engines.ts';

const quiet = { warn: () => {}, info: () => {} };

// What the record holds is read from the answer the user got, on every surface, through the running app.
describe.each(ENGINES)('the insights record on %s', (engine) => {
  let test: TestDatabase;
  let storage: Storage;
  let h: Harness;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    storage = await openStorage({ target: test.target, retentionDays: 30, storeText: true }, quiet);
    h = await startHarness({}, { storage });
  });
  afterAll(async () => {
    await h?.close();
    await storage?.close();
    await test?.drop();
  });

  it('records every question that got a reply, with its surface, kind and topic, and every vote with its answer', async () => {
    const slash = await h.send(slashCommand({ text: 'what does a care manager earn' }));
    const card = (await slash.json()) as { blocks: unknown[] };
    let after = h.standIn.mark();
    await h.send(appMention({ text: `<@${DEFAULT_IDS.botUserId}> how do I become an airline pilot`, ts: messageTs() }));
    await h.standIn.waitFor('chat.postMessage', { after });
    after = h.standIn.mark();
    await h.send(directMessage({ text: 'what certification do case managers need?' }));
    await h.standIn.waitFor('chat.postMessage', { after });
    // A vote on the slash command's answer, through its response_url.
    const down = buttonLabelled(card, 'Not helpful');
    await h.send(
      blockActions({ action_id: down.action_id, value: down.value, response_url: h.standIn.responseUrl('vote') }),
    );
    await h.standIn.waitFor((c) => c.responseId === 'vote');
    const open = buttonLabelled(card, 'Compare both roles');
    await h.send(
      blockActions({ action_id: open.action_id, value: open.value, response_url: h.standIn.responseUrl('open') }),
    );
    await h.standIn.waitFor((c) => c.responseId === 'open');

    await waitUntil(async () => (await storage.report()).questions >= 4);
    const report = await storage.report();
    expect(report.questions).toBe(4);
    expect(report.surfaces.map((s) => s.surface).sort()).toEqual(['button', 'dm', 'mention', 'slash']);
    expect(report.declined).toBe(1);
    expect(report.unanswered).toEqual([{ question: 'how do I become an airline pilot', count: 1, reason: 'declined' }]);
    expect(report.topics.map((t) => t.topic)).toEqual(expect.arrayContaining(['salary', 'certification']));
    expect(report.feedback).toEqual({ up: 0, down: 1 });
    expect(report.downvoted).toEqual([
      { question: 'what does a care manager earn', topic: 'salary', roles: ['care-manager'], count: 1 },
    ]);
  });

  it('stores no Slack user id, anywhere', async () => {
    const rows = [
      ...(await storage.database.db.selectFrom('questions').selectAll().execute()),
      ...(await storage.database.db.selectFrom('feedback').selectAll().execute()),
    ];
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(DEFAULT_IDS.userId);
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
