import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveKnowledge, type LiveKnowledge } from '../../src/search/live.ts';
import { startPlayground, type RunningPlayground } from '../../src/playground/start.ts';
import { eventually, threeRoleKnowledge } from '../support/knowledge-copy.ts';

type Snapshot = { homeHtml: string | null; messages: Array<{ html?: string; text?: string }> };

// The preview lists the roles the knowledge has: its page, its App Home and its answers, with a third role added
// to the knowledge folder as files.
describe('the playground with a third role', () => {
  let playground: RunningPlayground;
  let live: LiveKnowledge;
  let copy: ReturnType<typeof threeRoleKnowledge>;
  const origin = () => new URL(playground.url).origin;
  const post = (path: string, body: object) =>
    fetch(`${origin()}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  /** The workspace as the page receives it first on its event stream. */
  async function snapshot(): Promise<Snapshot> {
    const controller = new AbortController();
    const res = await fetch(`${origin()}/events`, { signal: controller.signal });
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    return JSON.parse(text.slice(text.indexOf('data: ') + 6, text.indexOf('\n\n'))) as Snapshot;
  }

  beforeAll(async () => {
    copy = threeRoleKnowledge();
    live = await createLiveKnowledge({ dir: copy.dir, watch: false, logger: { info: () => {}, error: () => {} } });
    playground = await startPlayground({ knowledge: live, env: { PORT: '0', LOG_LEVEL: 'error' } });
  });
  afterAll(async () => {
    await playground?.stop();
    live?.close();
    copy?.remove();
  });

  it('the page names every role', async () => {
    const page = await (await fetch(playground.url)).text();
    expect(page).toContain(
      'Ask anything about <span data-fill="roles">case managers, care managers and hospital social workers</span>',
    );
  });

  it("App Home lists the three roles; a comparison shows the hospital's own pay band first", async () => {
    expect((await post('/api/app-opened', { tab: 'home' })).status).toBe(200);
    const home = await eventually('the Home view', async () => (await snapshot()).homeHtml);
    for (const role of ['Case manager', 'Care manager', 'Hospital social worker']) expect(home).toContain(role);

    expect(
      (await post('/api/post', { conversation: 'dm', text: 'compare case manager and social worker salary' })).status,
    ).toBe(200);
    const shown = await eventually('the comparison', async () =>
      (await snapshot()).messages
        .map((m) => JSON.stringify(m))
        .find((m) => m.includes('Hospital Social Worker: Role Overview')),
    );
    expect(shown).toContain('Our hospital');
    expect(shown.indexOf('$72,000 to $88,000')).toBeLessThan(shown.indexOf('$64,360'));
  });

  it('an edit of the knowledge reaches the page without a restart', async () => {
    const file = join(copy.dir, 'roles', 'social-worker.json');
    const role = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...role, name: 'Medical social worker', plural: 'Medical social workers' }));
    expect((await live.reload('test')).ok).toBe(true);
    expect(await (await fetch(playground.url)).text()).toContain('care managers and medical social workers</span>');
  });
});
