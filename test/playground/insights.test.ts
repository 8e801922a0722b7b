import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { startPlayground, type RunningPlayground } from '../../src/playground/start.ts';
import { createAnswerer } from '../../src/search/answer.ts';

// The playground's insights page: what its own session asked, as the knowledge owners would see it.
describe('the playground insights page', () => {
  let playground: RunningPlayground;
  const post = (text: string) =>
    fetch(`${new URL(playground.url).origin}/api/post`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversation: 'dm', text }),
    });
  beforeAll(async () => {
    playground = await startPlayground({
      answerer: createAnswerer(loadKnowledge()),
      env: { PORT: '0', LOG_LEVEL: 'error' },
    });
  });
  afterAll(() => playground?.stop());

  it("shows the session's counts, a chart per day and per topic, and the unanswered questions, escaped", async () => {
    for (const text of [
      'how much do care managers make',
      'how do I become a <b>pilot</b>',
      'what certification do case managers need?',
    ]) {
      expect((await post(text)).status).toBe(200);
    }
    let page = '';
    for (let i = 0; i < 50 && !page.includes('<th scope="row">Questions</th><td>3</td>'); i++) {
      page = await (await fetch(`${new URL(playground.url).origin}/insights`)).text();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(page).toContain('<th scope="row">Questions</th><td>3</td>');
    expect(page).toContain('<svg role="img" aria-label="Questions per day"');
    expect(page).toMatch(/aria-label="Questions per topic".*>Salary<\/text>/s);
    expect(page).toContain('1× “how do I become a &lt;b&gt;pilot&lt;/b&gt;” <em>(declined)</em>');
    expect(page).not.toContain('<b>pilot');
    expect(page).toContain('<h2>Sources overdue for review</h2>');
  });
});
