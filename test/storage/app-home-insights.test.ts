import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightsBlocks } from '../../src/blocks/insights-blocks.ts';
import { appHomeOpened, DEFAULT_IDS, slashCommand } from '../../src/emulator/index.ts';
import { overdueList } from '../../src/knowledge/dates.ts';
import { fixedKnowledge } from '../../src/search/live.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { insightsReport } from '../../src/storage/report.ts';
import { threeRoleKnowledge } from '../support/knowledge-copy.ts';
import { openStorage, type Storage } from '../../src/storage/index.ts';
import { startHarness, type Harness } from '../slack/harness.ts';
import { blockKitProblems } from '../blocks/check-message.ts';
import { createTestDatabase, type TestDatabase } from './engines.ts';

const ADMIN = 'U0HRADMIN';
const quiet = { warn: () => {}, info: () => {} };

describe('App Home insights', () => {
  let test: TestDatabase;
  let storage: Storage;
  let h: Harness;
  beforeAll(async () => {
    test = await createTestDatabase('sqlite');
    storage = await openStorage({ target: test.target, retentionDays: 30, storeText: true }, quiet);
    h = await startHarness({}, { storage, env: { INSIGHTS_ADMINS: `${ADMIN}, U0OTHERADMIN` } });
    await h.send(slashCommand({ text: 'how do I become an airline pilot <!channel>' }));
    await h.send(slashCommand({ text: 'care manager salary' }));
    await storage.recorder.flush();
    for (let i = 0; i < 50 && (await storage.report()).questions < 2; i++) await new Promise((r) => setTimeout(r, 20));
  });
  afterAll(async () => {
    await h?.close();
    await storage?.close();
    await test?.drop();
  });

  const openHome = async (user: string) => {
    const after = h.standIn.mark();
    await h.send(appHomeOpened({ user }));
    return (await h.standIn.waitFor('views.publish', { after })).args as {
      user_id: string;
      view: { blocks: unknown[] };
    };
  };

  it('an admin sees the counts and the top unanswered questions, escaped', async () => {
    const published = await openHome(ADMIN);
    expect(published.user_id).toBe(ADMIN);
    const text = JSON.stringify(published.view.blocks);
    expect(text).toContain('Insights: the last 30 days');
    expect(text).toContain('*Questions*\\n2');
    expect(text).toContain('*Declined*\\n1 (50 %)');
    expect(text).toContain('1× “how do I become an airline pilot &lt;!channel&gt;” _(declined)_');
    expect(text).not.toContain('<!channel>');
    expect(blockKitProblems({ blocks: published.view.blocks }, 'home')).toEqual([]);
  });

  it("everyone else's App Home shows no one's questions", async () => {
    const text = JSON.stringify((await openHome(DEFAULT_IDS.userId)).view.blocks);
    expect(text).not.toContain('Insights');
    expect(text).not.toContain('airline pilot');
  });
});

describe('App Home: sources overdue for review', () => {
  let test: TestDatabase;
  let storage: Storage;
  let h: Harness;
  let copy: ReturnType<typeof threeRoleKnowledge>;
  beforeAll(async () => {
    // The hospital's policy last reviewed long ago: overdue whatever day the test runs.
    copy = threeRoleKnowledge();
    const file = join(copy.dir, 'sources', 'northfield-staff-policy.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), reviewed: '2025-01-10' }));
    test = await createTestDatabase('sqlite');
    storage = await openStorage({ target: test.target, retentionDays: 30, storeText: true }, quiet);
    const knowledge = fixedKnowledge(createAnswerer(loadKnowledge(copy.dir)));
    h = await startHarness({}, { storage, knowledge, env: { INSIGHTS_ADMINS: ADMIN } });
  });
  afterAll(async () => {
    await h?.close();
    await storage?.close();
    await test?.drop();
    copy?.remove();
  });

  const openHome = async (user: string) => {
    const after = h.standIn.mark();
    await h.send(appHomeOpened({ user }));
    return JSON.stringify(
      ((await h.standIn.waitFor('views.publish', { after })).args as { view: { blocks: unknown[] } }).view.blocks,
    );
  };

  it('an admin sees which source is overdue, when it was last reviewed, by whom and when it was due; nobody else does', async () => {
    const admin = await openHome(ADMIN);
    expect(admin).toContain(
      '⚠ Review overdue: *Case and care management staff policy*, last reviewed January 10, 2025 by Dana Reyes, HR business partner, due April 10, 2025',
    );
    expect(admin).not.toContain('Hospital Social Worker: Role Overview*, last reviewed');
    expect(await openHome(DEFAULT_IDS.userId)).not.toContain('Review overdue');
  });

  it('the blocks: one line per overdue source, none when every source is fresh', async () => {
    const kb = loadKnowledge(copy.dir);
    const report = await insightsReport(storage.database, {
      overdueSources: overdueList(kb.sources, new Date('2025-05-10T00:00:00Z')),
    });
    expect(report.overdueSources).toEqual([
      {
        id: 'northfield-staff-policy',
        title: 'Case and care management staff policy',
        reviewed: '2025-01-10',
        reviewer: 'Dana Reyes, HR business partner',
        due: '2025-04-10',
        daysOverdue: 30,
      },
    ]);
    const blocks = insightsBlocks(report, kb, 30);
    expect(blockKitProblems({ blocks }, 'home')).toEqual([]);
    expect(JSON.stringify(blocks.find((b) => b.block_id === 'insights-overdue'))).toContain('due April 10, 2025');
    const fresh = insightsBlocks({ ...report, overdueSources: [] }, kb, 30);
    expect(fresh.some((b) => b.block_id === 'insights-overdue')).toBe(false);
  });
});
