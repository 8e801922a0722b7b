import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, messageTs, slashCommand } from '../../src/emulator/index.ts';
import { createLiveKnowledge, type LiveKnowledge } from '../../src/search/live.ts';
import {
  EDITED_FIGURE,
  SALARY_FILE,
  SALARY_QUESTION,
  SHIPPED_FIGURE,
  copyKnowledge,
  editFigure,
  eventually,
  saveFile,
} from '../support/knowledge-copy.ts';
import { BOT_MENTION, recordingLogger, startHarness, type Harness, type LogLine } from './harness.ts';

// The running app, its knowledge folder edited under it: what people are told changes without a restart, and a
// broken edit changes nothing they see.
describe('edits to the knowledge folder while the app runs', () => {
  let h: Harness;
  let live: LiveKnowledge;
  let copy: ReturnType<typeof copyKnowledge>;
  const knowledgeLog: LogLine[] = [];

  beforeAll(async () => {
    copy = copyKnowledge();
    live = await createLiveKnowledge({ dir: copy.dir, watch: true, logger: recordingLogger(knowledgeLog) });
    h = await startHarness({}, { knowledge: live });
  });
  afterAll(async () => {
    live.close();
    await h.close();
    copy.remove();
  });

  /** What the asker of `/career <text>` reads: the acknowledgement's card. */
  const career = async (text: string) => {
    const res = await h.send(slashCommand({ text }));
    expect(res.status).toBe(200);
    return JSON.stringify(await res.json());
  };

  /** What a mention in a new thread gets posted. */
  const mention = async (text: string) => {
    const after = h.standIn.mark();
    expect((await h.send(appMention({ text: `${BOT_MENTION} ${text}`, ts: messageTs() }))).status).toBe(200);
    return JSON.stringify((await h.standIn.waitFor('chat.postMessage', { after })).args);
  };

  it('answers from the edited file once it is saved, by command and by mention', async () => {
    expect(await career(SALARY_QUESTION)).toContain(SHIPPED_FIGURE);
    editFigure(copy.dir);
    const edited = await eventually('the edited figure in the reply', async () => {
      const reply = await career(SALARY_QUESTION);
      return reply.includes(EDITED_FIGURE) && reply;
    });
    expect(edited).not.toContain(SHIPPED_FIGURE);
    expect(await mention(SALARY_QUESTION)).toContain(EDITED_FIGURE);
  });

  it('a broken edit is refused: the log names the file, and answers go on from what was loaded', async () => {
    saveFile(copy.dir, SALARY_FILE, '{ "id": "salary", "facts": ');
    const refused = await eventually('the refusal logged', () => knowledgeLog.find((l) => l.level === 'error'));
    expect(refused.text).toContain('salary.json');
    expect(refused.text).toContain('still answering from the previous version');
    expect(await career(SALARY_QUESTION)).toContain(EDITED_FIGURE);
    expect(await mention(SALARY_QUESTION)).toContain(EDITED_FIGURE);
    const health = await fetch(new URL('/healthz', h.app.url!));
    expect(health.status).toBe(200);
  });
});
