import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendToApp, slashCommand } from '../../src/emulator/index.ts';
import {
  EDITED_FIGURE,
  SALARY_FILE,
  SALARY_QUESTION,
  SHIPPED_FIGURE,
  copyKnowledge,
  editFigure,
  saveFile,
} from '../support/knowledge-copy.ts';
import { startAppWithStandIn, type AppWithStandIn } from './app-process.ts';

// The app as its own process, its knowledge folder not watched: `kill -HUP` is what reloads it, and a signal
// that would stop a program by default must not stop this one.
describe('SIGHUP reloads the knowledge folder', () => {
  let t: AppWithStandIn;
  let copy: ReturnType<typeof copyKnowledge>;

  beforeAll(async () => {
    copy = copyKnowledge();
    t = await startAppWithStandIn({ env: { KNOWLEDGE_DIR: copy.dir, KNOWLEDGE_WATCH: 'false' } });
  });
  afterAll(async () => {
    await t?.close();
    copy.remove();
  });

  /** What the asker of `/career <question>` reads. */
  const ask = async (question: string) => {
    const res = await sendToApp(t.origin, t.secret, slashCommand({ text: question }));
    expect(res.status).toBe(200);
    return JSON.stringify(await res.json());
  };

  const hangUp = async (event: string) => {
    const seen = t.app.logs.length;
    t.app.child.kill('SIGHUP');
    return t.app.waitForLog((line) => line.event === event && t.app.logs.indexOf(line) >= seen);
  };

  it('answers from the edited file after SIGHUP, and keeps running', async () => {
    expect(await ask(SALARY_QUESTION)).toContain(SHIPPED_FIGURE);
    editFigure(copy.dir);
    const reloaded = await hangUp('knowledge-reloaded');
    expect(reloaded).toMatchObject({
      level: 'info',
      reason: 'SIGHUP',
      roles: expect.any(Number),
      topics: expect.any(Number),
    });
    expect(await ask(SALARY_QUESTION)).toContain(EDITED_FIGURE);
    expect(t.app.child.exitCode).toBeNull();
  });

  it('refuses a broken edit on SIGHUP, naming the file, and answers on from what it had', async () => {
    saveFile(copy.dir, SALARY_FILE, '{ "id": ');
    const refused = await hangUp('knowledge-reload-failed');
    expect(refused).toMatchObject({ level: 'error', reason: 'SIGHUP', file: expect.stringContaining('salary.json') });
    expect(await ask(SALARY_QUESTION)).toContain(EDITED_FIGURE);
    expect((await fetch(`${t.origin}/healthz`)).status).toBe(200);
    expect(t.app.child.exitCode).toBeNull();
  });
});
