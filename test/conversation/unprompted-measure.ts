import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer, type Answerer } from '../../src/search/answer.ts';
import { unpromptedReply } from '../../src/conversation/unprompted.ts';
import type { Case } from './evaluate.ts';

/**
 * The unprompted filter measured (issue 20): every message of the labelled dev sets, each read as a new top-level
 * channel message (no conversation before it), and the channel chatter set (test/slack/channel-chatter.json, written
 * by someone who saw no code). An unasked answer is right when its topic and roles are the label's.
 * Run: `npx tsx test/conversation/unprompted-measure.ts` (prints the figures and every wrong answer).
 */

const dir = new URL('./', import.meta.url);
/** Sets read on a copy of the shipped knowledge with a fixture's roles over it, as accuracy.test.ts reads them. */
const FIXTURE_OF: Record<string, string> = {
  'batch-6-three-roles.json': 'third-role',
  'batch-7-lakeside.json': 'lakeside',
};

function answererWith(fixture: string | undefined): Answerer {
  if (!fixture) return createAnswerer(loadKnowledge());
  const copy = mkdtempSync(join(tmpdir(), 'career-bot-unprompted-'));
  try {
    cpSync(DEFAULT_KNOWLEDGE_DIR, copy, { recursive: true });
    cpSync(fileURLToPath(new URL(`../fixtures/${fixture}/`, import.meta.url)), copy, { recursive: true });
    return createAnswerer(loadKnowledge(copy));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export type UnpromptedFigures = {
  /** Dev messages, and those labelled as answerable questions (all; and those with no conversation before them). */
  devMessages: number;
  devQuestions: number;
  devStandalone: number;
  /** Unasked answers given on dev messages, and how many were right. */
  given: number;
  right: number;
  chatter: number;
  chatterAnswered: number;
  wrong: string[];
};

const sameRoles = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

export function measureUnprompted(): UnpromptedFigures {
  const base = createAnswerer(loadKnowledge());
  const f: UnpromptedFigures = {
    devMessages: 0,
    devQuestions: 0,
    devStandalone: 0,
    given: 0,
    right: 0,
    chatter: 0,
    chatterAnswered: 0,
    wrong: [],
  };
  for (const name of readdirSync(dir)
    .filter((n) => /^batch-.*\.json$/.test(n))
    .sort()) {
    const answerer = FIXTURE_OF[name] ? answererWith(FIXTURE_OF[name]) : base;
    for (const item of JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Case[]) {
      f.devMessages++;
      if (item.kind === 'answer') f.devQuestions++;
      if (item.kind === 'answer' && (item.previous ?? []).length === 0) f.devStandalone++;
      const { answer, skip } = unpromptedReply(answerer, item.q);
      if (skip !== null || !answer) continue;
      f.given++;
      const right = item.kind === 'answer' && answer.topic === item.topic && sameRoles(answer.roles, item.roles);
      if (right) f.right++;
      else
        f.wrong.push(
          `${name}: ${JSON.stringify(item.q)} labelled ${item.kind} ${item.topic} [${item.roles}], answered ${answer.topic} [${answer.roles}] (${answer.confidence})`,
        );
    }
  }
  const chatter = JSON.parse(readFileSync(new URL('../slack/channel-chatter.json', import.meta.url), 'utf8')) as Array<{
    text: string;
  }>;
  for (const { text } of chatter) {
    f.chatter++;
    const { answer, skip } = unpromptedReply(base, text);
    if (skip !== null || !answer) continue;
    f.chatterAnswered++;
    f.wrong.push(`chatter: ${JSON.stringify(text)} answered ${answer.topic} [${answer.roles}] (${answer.confidence})`);
  }
  return f;
}

const pct = (n: number, of: number) => (of === 0 ? 100 : (n / of) * 100);

/** Precision counts every unasked answer, on chatter too: each answer given that was not right is a wrong one. */
export const precision = (f: UnpromptedFigures) => pct(f.right, f.given + f.chatterAnswered);

export function formatUnprompted(f: UnpromptedFigures): string {
  return [
    `precision ${precision(f).toFixed(1)} % (${f.right} right of ${f.given + f.chatterAnswered} unasked answers)`,
    `chatter answered ${pct(f.chatterAnswered, f.chatter).toFixed(1)} % (${f.chatterAnswered}/${f.chatter})`,
    `recall ${pct(f.right, f.devQuestions).toFixed(1)} % of the ${f.devQuestions} answerable dev messages, ` +
      `${pct(f.right, f.devStandalone).toFixed(1)} % of the ${f.devStandalone} with no conversation before them (of ${f.devMessages} dev messages)`,
  ].join('; ');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const f = measureUnprompted();
  console.log([formatUnprompted(f), ...f.wrong.map((w) => `  wrong: ${w}`)].join('\n'));
}
