import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replay } from '../../src/conversation/context.ts';
import type { Answerer } from '../../src/search/answer.ts';
import { answererWithFixture } from '../support/knowledge-copy.ts';

export { answererWithFixture };

/** One labelled conversational message, as the independent batches write them. */
export type Case = {
  q: string;
  previous?: string[];
  kind: 'answer' | 'decline' | 'smalltalk';
  topic: string | null;
  roles: string[];
  covered: boolean;
  why?: string;
};

/** The sets about a keeper's own role, each read with its fixture (test/fixtures/<name>) over the shipped knowledge. */
export const SET_FIXTURES: Readonly<Record<string, string>> = {
  'batch-7-lakeside.json': 'lakeside',
  'batch-6-three-roles.json': 'third-role',
  'riverbend-keeper.json': 'riverbend',
  'harborview-keeper.json': 'harborview',
  'navigator-keeper.json': 'navigator',
  'pinecrest-keeper.json': 'pinecrest',
  'woc-keeper.json': 'maple-valley',
  'birch-hollow-keeper.json': 'birch-hollow',
  'ip-keeper.json': 'cedar-ridge',
  'diabetes-keeper.json': 'st-brigid',
  'transplant-keeper.json': 'granite-falls',
  'palliative-keeper.json': 'cedar-hollow',
};

/** Every labelled set in this folder, by file name, in name order. */
export function labelledSets(): Map<string, Case[]> {
  const dir = new URL('.', import.meta.url).pathname;
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  return new Map(files.map((file) => [file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as Case[]]));
}

/** A figure as the tables print it: its percent and its counts, or a dash where it applies to nothing. */
export const cell = ([right, of]: [number, number]) =>
  of === 0 ? '—' : `${percent([right, of]).toFixed(1)} (${right}/${of})`;

export type Result = { item: Case; kind: Case['kind']; topic: string | null; roles: string[]; covered: boolean };

/** The measures; each is a share of the cases it applies to. */
export type Figures = {
  answers: [number, number];
  followUps: [number, number];
  smalltalkAndDeclines: [number, number];
  notCoveredFlagged: [number, number];
  coveredNotFlagged: [number, number];
};

export const kindOf = (kind: string): Case['kind'] =>
  kind === 'answer' ? 'answer' : kind === 'declined' ? 'decline' : 'smalltalk';

export function run(answerer: Answerer, cases: readonly Case[]): Result[] {
  return cases.map((item) => {
    const answer = answerer.ask(item.q, replay(answerer, item.previous ?? []));
    return { item, kind: kindOf(answer.kind), topic: answer.topic, roles: answer.roles, covered: answer.covered };
  });
}

const sameRoles = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
export const answerRight = (r: Result) =>
  r.kind === 'answer' && r.topic === r.item.topic && sameRoles(r.roles, r.item.roles);

/** What each measure counts, so a test can print the misses of each. */
export const measures: Record<keyof Figures, { applies: (r: Result) => boolean; right: (r: Result) => boolean }> = {
  answers: { applies: (r) => r.item.kind === 'answer', right: answerRight },
  followUps: { applies: (r) => r.item.kind === 'answer' && (r.item.previous?.length ?? 0) > 0, right: answerRight },
  smalltalkAndDeclines: { applies: (r) => r.item.kind !== 'answer', right: (r) => r.kind === r.item.kind },
  notCoveredFlagged: {
    applies: (r) => r.item.kind === 'answer' && !r.item.covered,
    right: (r) => r.kind === 'answer' && !r.covered,
  },
  coveredNotFlagged: { applies: (r) => r.item.kind === 'answer' && r.item.covered, right: (r) => r.covered },
};

export function figures(results: readonly Result[]): Figures {
  const count = ({ applies, right }: (typeof measures)[keyof Figures]): [number, number] => {
    const applicable = results.filter(applies);
    return [applicable.filter(right).length, applicable.length];
  };
  return Object.fromEntries(Object.entries(measures).map(([name, measure]) => [name, count(measure)])) as Figures;
}

export const percent = ([right, of]: [number, number]) => (of === 0 ? 100 : (right / of) * 100);
export const formatFigures = (f: Figures) =>
  (Object.keys(f) as Array<keyof Figures>)
    .map((k) => `${k} ${percent(f[k]).toFixed(1)} % (${f[k][0]}/${f[k][1]})`)
    .join(', ');
