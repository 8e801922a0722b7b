import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appHomeOpened, DEFAULT_IDS, slashCommand } from '../../src/emulator/index.ts';
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
    return (await h.standIn.waitFor('views.publish', { after })).args as { user_id: string; view: { blocks: unknown[] } };
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
