import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerCard } from '../../src/blocks/index.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { blockKitProblems, visibleTexts } from './check-message.ts';

// A hospital that wrote its salary notes down in a dozen places: each note is its own internal source.
const SOURCES = 12;
const dir = mkdtempSync(join(tmpdir(), 'career-bot-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
mkdirSync(join(dir, 'facts'), { recursive: true });
for (let i = 1; i <= SOURCES; i++) {
  const id = `hr-note-${i}`;
  const source = {
    id,
    kind: 'internal',
    title: `Pay note ${i}`,
    publisher: 'HR team',
    author: 'Dana Reyes',
    date: '2026-11-01',
    reviewed: '2026-11-01',
    reviewer: 'Dana Reyes',
  };
  writeFileSync(join(dir, 'sources', `${id}.json`), JSON.stringify(source));
  writeFileSync(
    join(dir, 'facts', `${id}.json`),
    JSON.stringify({ source: id, facts: [{ role: 'case-manager', topic: 'salary', text: `Pay fact number ${i}.` }] }),
  );
}
const answerer = createAnswerer(loadKnowledge(dir));

describe('an answer drawing on more sources than one context block holds', () => {
  it("cites every one of them, the hospital's own first, in valid Block Kit", () => {
    const answer = answerer.ask('how much do case managers make');
    expect(answer.citations).toHaveLength(SOURCES + 1);
    expect(answer.citations.at(-1)!.source).toBe('indeed-case-vs-care-2021');
    const card = answerCard(answerer.kb, answer);
    expect(blockKitProblems(card)).toEqual([]);
    const texts = visibleTexts(card).join('\n');
    for (let i = 1; i <= SOURCES; i++)
      expect(texts).toContain(`_Pay note ${i}_ (written by Dana Reyes, November 1, 2026)`);
    expect(texts).toContain('Case Manager vs. Care Manager');
  });
});
