import { afterEach, describe, expect, it } from 'vitest';
import { formatAnswerText } from '../../src/cli/format-text.ts';
import { createLiveKnowledge, type KnowledgeLogger, type LiveKnowledge } from '../../src/search/live.ts';
import type { Answerer } from '../../src/search/answer.ts';
import {
  EDITED_FIGURE,
  SALARY_FILE,
  SALARY_QUESTION,
  SHIPPED_FIGURE,
  copyKnowledge,
  editFigure,
  salaryFileEdited,
  salaryFileWithEditedFigure,
  eventually,
  saveFile,
} from '../support/knowledge-copy.ts';

/** What a person asking the salary question reads. */
const salaryAnswer = (answerer: Answerer) => formatAnswerText(answerer.ask(SALARY_QUESTION), answerer.kb);

type Logged = { level: 'info' | 'error'; message: string; fields?: Record<string, unknown> };

function recording(): { logger: KnowledgeLogger; lines: Logged[] } {
  const lines: Logged[] = [];
  return {
    lines,
    logger: {
      info: (message, fields) => lines.push({ level: 'info', message, ...(fields ? { fields } : {}) }),
      error: (message, fields) => lines.push({ level: 'error', message, ...(fields ? { fields } : {}) }),
    },
  };
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function liveCopy(watch: boolean): Promise<{ dir: string; live: LiveKnowledge; lines: Logged[] }> {
  const copy = copyKnowledge();
  const { logger, lines } = recording();
  const live = await createLiveKnowledge({ dir: copy.dir, logger, watch });
  cleanups.push(() => live.close(), copy.remove);
  return { dir: copy.dir, live, lines };
}

describe('live knowledge: edits without a restart', () => {
  it('answers with an edited fact soon after the file is saved, and logs the reload', async () => {
    const { dir, live, lines } = await liveCopy(true);
    expect(salaryAnswer(live.current())).toContain(SHIPPED_FIGURE);
    editFigure(dir);
    await eventually('the edited figure answered', () => salaryAnswer(live.current()).includes(EDITED_FIGURE));
    expect(salaryAnswer(live.current())).not.toContain(SHIPPED_FIGURE);
    const reloaded = lines.find((l) => l.fields?.event === 'knowledge-reloaded');
    expect(reloaded?.message).toMatch(
      /^knowledge reloaded \(files changed\) in [\d.]+ ms: 2 roles, 8 topics, 1 source$/,
    );
    expect(reloaded?.fields).toMatchObject({ roles: 2, topics: 8, sources: 1 });
  });

  it('refuses a file that is not JSON, keeps answering from what it had, and reloads once it is fixed', async () => {
    const { dir, live, lines } = await liveCopy(true);
    const fixed = salaryFileWithEditedFigure(dir);
    saveFile(dir, SALARY_FILE, '{ "id": "salary", ');
    const refused = await eventually('the refusal logged', () => lines.find((l) => l.level === 'error'));
    expect(refused.message).toContain('salary.json');
    expect(refused.message).toContain('not valid JSON');
    expect(refused.fields).toMatchObject({
      event: 'knowledge-reload-failed',
      file: expect.stringContaining('salary.json'),
    });
    expect(salaryAnswer(live.current())).toContain(SHIPPED_FIGURE);

    // Fixed, with the edit in it this time.
    saveFile(dir, SALARY_FILE, fixed);
    await eventually('the fixed file answered', () => salaryAnswer(live.current()).includes(EDITED_FIGURE));
  });

  it('refuses a file that breaks the schema, naming the file and the field', async () => {
    const { dir, live, lines } = await liveCopy(true);
    saveFile(
      dir,
      SALARY_FILE,
      salaryFileEdited(dir, SHIPPED_FIGURE, (fact) => {
        fact.text = 42;
      }),
    );
    const refused = await eventually('the refusal logged', () => lines.find((l) => l.level === 'error'));
    expect(refused.message).toContain('salary.json');
    expect(String(refused.fields?.field)).toMatch(/text/);
    expect(salaryAnswer(live.current())).toContain(SHIPPED_FIGURE);
  });

  it('refuses an edit with many mistakes, naming the first few as kb check does and how many more', async () => {
    const { dir, live, lines } = await liveCopy(false);
    const salary = JSON.parse(salaryFileWithEditedFigure(dir));
    salary.related = ['wages', 'pay', 'income'];
    salary.facts.nurse = [];
    saveFile(dir, SALARY_FILE, JSON.stringify(salary));
    const result = await live.reload('test');
    expect(result).toMatchObject({ ok: false, problems: 4, field: 'facts.nurse' });
    const refused = lines.find((l) => l.level === 'error')!;
    expect(refused.message).toMatch(
      /salary\.json: facts\.nurse: unknown role "nurse": the roles are "care-manager", "case-manager"/,
    );
    expect(refused.message).toContain('salary.json: related[0]: unknown topic "wages": the topics are');
    expect(refused.message).toContain('and 1 more problem (npm run kb -- check lists them all)');
    expect(refused.message).not.toContain('income');
    expect(salaryAnswer(live.current())).toContain(SHIPPED_FIGURE);
  });

  it('an Answerer taken before a reload still answers from the knowledge it was taken from', async () => {
    const { dir, live } = await liveCopy(false);
    const before = live.current();
    editFigure(dir);
    const result = await live.reload('test');
    expect(result).toMatchObject({ ok: true, counts: { roles: expect.any(Number), topics: expect.any(Number) } });
    expect(salaryAnswer(live.current())).toContain(EDITED_FIGURE);
    expect(salaryAnswer(before)).toContain(SHIPPED_FIGURE);
    expect(salaryAnswer(before)).not.toContain(EDITED_FIGURE);
  });

  it('reloads asked for while one runs share one more reload after it, which sees the latest files', async () => {
    const { dir, live } = await liveCopy(false);
    const first = live.reload('first');
    editFigure(dir);
    const [second, third] = [live.reload('second'), live.reload('third')];
    expect(second).toBe(third);
    expect((await first).ok).toBe(true);
    expect(await second).toMatchObject({ ok: true, reason: 'second' });
    expect(salaryAnswer(live.current())).toContain(EDITED_FIGURE);
  });

  it('without watching, an edit changes nothing until reload() (SIGHUP) asks for it', async () => {
    const { dir, live } = await liveCopy(false);
    editFigure(dir);
    // Longer than a watcher would need to notice it (debounce and reload).
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(salaryAnswer(live.current())).toContain(SHIPPED_FIGURE);
    await live.reload('SIGHUP');
    expect(salaryAnswer(live.current())).toContain(EDITED_FIGURE);
  });
});
