import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { startPlayground, type RunningPlayground } from '../../src/playground/start.ts';
import { createAnswerer } from '../../src/search/answer.ts';

// The README's links, followed in the playground, offline: what the README moved to docs/ opens there too.
describe('the playground README and the docs pages it links to', () => {
  let playground: RunningPlayground;
  beforeAll(async () => {
    playground = await startPlayground({
      answerer: createAnswerer(loadKnowledge()),
      env: { PORT: '0', LOG_LEVEL: 'error' },
    });
  });
  afterAll(() => playground?.stop());

  const get = (path: string) => fetch(`${playground.url}${path}`);

  it('opens the install page the README links, with its pictures, and comes back to the README', async () => {
    const readme = await (await get('/readme')).text();
    expect(readme).toContain('href="docs/install.md"');
    const install = await get('/docs/install.md');
    expect(install.status).toBe(200);
    expect(install.headers.get('content-type')).toContain('text/html');
    expect(await install.text()).toContain('<h1 id="installing-into-slack-and-running-several-instances">');
    const picture = await get('/docs/hr-team-modal.png');
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/png');
    expect((await get('/docs/playground.png')).status).toBe(200);
    const back = await get('/README.md');
    expect(back.status).toBe(200);
    expect(await back.text()).toContain('<h2 id="install-into-slack">');
  });

  it('serves nothing but the pages and pictures of docs/', async () => {
    for (const path of [
      '/docs/missing.md',
      '/docs/..%2Fpackage.json',
      '/docs/%2E%2E%2FREADME.md',
      '/docs/Install.md',
      '/docs/sub/x.png',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});
