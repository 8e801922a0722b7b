import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/load.ts';
import { type Answerer, type AnswererOptions, createAnswerer } from '../../src/search/answer.ts';

/** A question the shipped knowledge answers with the care manager's average salary. */
export const SALARY_QUESTION = 'how much does a care manager make';
/** What the shipped answer to SALARY_QUESTION says, and what an edit makes it say instead. */
export const SHIPPED_FIGURE = '$58,670';
export const EDITED_FIGURE = '$12,345';

export const SALARY_FILE = join('topics', 'salary.json');

/** A copy of the shipped knowledge folder to edit; `remove()` deletes it. */
export function copyKnowledge(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'career-bot-live-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A third role (a hospital social worker, from a source written for the tests) and a local source (a fictional
 * hospital's staff policy): added to the knowledge folder as files, as a hospital would add its own.
 */
export const THIRD_ROLE_FIXTURE = fileURLToPath(new URL('../fixtures/third-role/', import.meta.url));

/** A copy of the shipped knowledge with test/fixtures/<fixture> laid over it, as a hospital adds its files. */
export function knowledgeWithFixture(fixture: string): { dir: string; remove(): void } {
  const copy = copyKnowledge();
  cpSync(fileURLToPath(new URL(`../fixtures/${fixture}/`, import.meta.url)), copy.dir, { recursive: true });
  return copy;
}

/** An answerer over the shipped knowledge with test/fixtures/<fixture> laid over it (the copy is gone once loaded). */
export function answererWithFixture(fixture: string, options: AnswererOptions = {}): Answerer {
  const copy = knowledgeWithFixture(fixture);
  try {
    return createAnswerer(loadKnowledge(copy.dir), options);
  } finally {
    copy.remove();
  }
}

/** A copy of the shipped knowledge with the third role and the local policy added; `remove()` deletes it. */
export const threeRoleKnowledge = (): { dir: string; remove(): void } => knowledgeWithFixture('third-role');

type Json = Record<string, unknown>;

/** The first object under `value` whose `text` contains `needle`. */
function factWith(value: unknown, needle: string): Json | null {
  if (Array.isArray(value)) return value.map((v) => factWith(v, needle)).find((f) => f !== null) ?? null;
  if (value === null || typeof value !== 'object') return null;
  const object = value as Json;
  if (typeof object.text === 'string' && object.text.includes(needle)) return object;
  return (
    Object.values(object)
      .map((v) => factWith(v, needle))
      .find((f) => f !== null) ?? null
  );
}

/** The salary topic's text with the fact that states `from` changed by `change` (not saved). */
export function salaryFileEdited(dir: string, from: string, change: (fact: Json) => void): string {
  const data = JSON.parse(readFileSync(join(dir, SALARY_FILE), 'utf8')) as Json;
  const fact = factWith(data, from);
  if (!fact) throw new Error(`no fact in ${SALARY_FILE} says ${from}`);
  change(fact);
  return JSON.stringify(data, null, 2);
}

/** The salary topic's text with its fact saying EDITED_FIGURE where it said SHIPPED_FIGURE (not saved). */
export const salaryFileWithEditedFigure = (dir: string): string =>
  salaryFileEdited(dir, SHIPPED_FIGURE, (fact) => {
    fact.text = String(fact.text).replace(SHIPPED_FIGURE, EDITED_FIGURE);
  });

/** Saves the salary topic with the edited figure, as an editor saves. */
export const editFigure = (dir: string): void => saveFile(dir, SALARY_FILE, salaryFileWithEditedFigure(dir));

/** Writes `file` under `dir` as editors save: a temporary file renamed over it. */
export function saveFile(dir: string, file: string, text: string): void {
  const path = join(dir, file);
  writeFileSync(`${path}.swp`, text);
  renameSync(`${path}.swp`, path);
}

/** Waits for `check` to hold, polling; fails with `what` after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
