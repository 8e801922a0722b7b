import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import {
  answererWithFixture,
  type Case,
  figures,
  formatFigures,
  measures,
  percent,
  run,
  SET_FIXTURES,
} from './evaluate.ts';

// The conversational batches, each measured before tuning on it (FIRST-CONTACT.md); these are the tuned figures.
const dir = new URL('./', import.meta.url);
// Batch 7 (issue 18) is measured on its own below: it is being tuned on, from its first-contact figures up.
const ISSUE_18_BATCH = 'batch-7.json';
const batches = readdirSync(dir)
  .filter((name) => /^batch-[1-5]\.json$/.test(name))
  .sort();
const cases: Case[] = batches.flatMap((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
const answerer = createAnswerer(loadKnowledge());

describe('accuracy on the conversational dev set', () => {
  const results = run(answerer, cases);
  const f = figures(results);

  it('is large and varied enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    for (const kind of ['answer', 'decline', 'smalltalk']) expect(cases.some((c) => c.kind === kind)).toBe(true);
  });

  it("meets the issue's targets", () => {
    const misses = Object.entries(measures).flatMap(([name, m]) =>
      results
        .filter((r) => m.applies(r) && !m.right(r))
        .map(
          (r) =>
            `  ${name}: ${JSON.stringify(r.item.previous ?? [])} ${JSON.stringify(r.item.q)} expected ${r.item.kind} ${r.item.topic} ` +
            `[${r.item.roles}] covered ${r.item.covered}, got ${r.kind} ${r.topic} [${r.roles}] covered ${r.covered}`,
        ),
    );
    console.log(
      [`conversational set (${batches.join(', ')}): ${cases.length} messages, ${formatFigures(f)}`, ...misses].join(
        '\n',
      ),
    );
    expect(percent(f.answers)).toBeGreaterThanOrEqual(92);
    expect(percent(f.followUps)).toBeGreaterThanOrEqual(90);
    expect(percent(f.smalltalkAndDeclines)).toBeGreaterThanOrEqual(95);
    expect(percent(f.notCoveredFlagged)).toBeGreaterThanOrEqual(85);
    expect(percent(f.coveredNotFlagged)).toBeGreaterThanOrEqual(95);
  });
});

// Three roles (issue 12): the shipped knowledge with the test fixture's third role and local policy over it.
describe('accuracy with three roles (batch 6, on the third-role fixture)', () => {
  const threeCases: Case[] = JSON.parse(readFileSync(new URL('batch-6-three-roles.json', dir), 'utf8'));
  const results = run(answererWithFixture('third-role'), threeCases);
  const f = figures(results);

  it('holds "both", "the other one" and comparisons with a third role', () => {
    console.log(`three roles (batch 6): ${threeCases.length} messages, ${formatFigures(f)}`);
    // Floors a little under the measured figures (docs/matching.md: Three roles): a drop means something general broke.
    expect(percent(f.answers)).toBeGreaterThanOrEqual(92);
    expect(percent(f.followUps)).toBeGreaterThanOrEqual(88);
    expect(percent(f.smalltalkAndDeclines)).toBeGreaterThanOrEqual(90);
    expect(percent(f.notCoveredFlagged)).toBeGreaterThanOrEqual(85);
    expect(percent(f.coveredNotFlagged)).toBeGreaterThanOrEqual(93);
  });
});

// Issue 18's batch: everyday words, hiring managers, jobs and requests close to ours, gaps no list names.
describe('accuracy on batch 7 (issue 18)', () => {
  const batch: Case[] = JSON.parse(readFileSync(new URL(ISSUE_18_BATCH, dir), 'utf8'));
  const f = figures(run(answerer, batch));

  it('does not fall below what it reached', () => {
    console.log(`batch 7: ${batch.length} messages, ${formatFigures(f)}`);
    // Floors a little under the figures measured (FIRST-CONTACT.md, round 6 and after): a drop means something broke.
    expect(percent(f.answers)).toBeGreaterThanOrEqual(90);
    expect(percent(f.followUps)).toBeGreaterThanOrEqual(95);
    expect(percent(f.smalltalkAndDeclines)).toBeGreaterThanOrEqual(95);
    expect(percent(f.notCoveredFlagged)).toBeGreaterThanOrEqual(82);
    expect(percent(f.coveredNotFlagged)).toBeGreaterThanOrEqual(97);
  });
});

// Batch 8: held out once (FIRST-CONTACT.md), a dev set since; its answers and threads must not fall back.
describe('accuracy on batch 8 (issue 18, a dev set after its one held-out measure)', () => {
  const batch: Case[] = JSON.parse(readFileSync(new URL('held-out-batch-8.json', dir), 'utf8'));
  const f = figures(run(answerer, batch));

  it('does not fall below what it reached', () => {
    console.log(`batch 8: ${batch.length} messages, ${formatFigures(f)}`);
    // Floors a little under what tuning reached (FIRST-CONTACT.md): a drop means something general broke.
    expect(percent(f.answers)).toBeGreaterThanOrEqual(89);
    expect(percent(f.followUps)).toBeGreaterThanOrEqual(91);
    expect(percent(f.smalltalkAndDeclines)).toBeGreaterThanOrEqual(95);
    expect(percent(f.notCoveredFlagged)).toBeGreaterThanOrEqual(78);
    expect(percent(f.coveredNotFlagged)).toBeGreaterThanOrEqual(97);
  });
});

/** Each measure's floor, in the order of Figures: answers, follow-ups, small talk and declines, the two gap measures. */
type Floors = [answers: number, followUps: number, smalltalkAndDeclines: number, notCovered: number, covered: number];

// Batches of issue 18 written by writers who saw no code, each measured at first contact (FIRST-CONTACT.md, rounds
// 9-16). Batches 9-19, 24 and 27 are dev sets since, their floors a little under what tuning on them reached; batches 20 and 21
// were measured once at the end of round 15, 25 and 26 at the end of round 17, and their floors sit under that measure. A drop means something general
// broke.
describe("the later writers' batches and the roles keepers added from the docs alone", () => {
  const read = (name: string): Case[] => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

  it.each<[string, string, Floors]>([
    ['batch 9', 'held-out-batch-9.json', [90, 91, 95, 91, 96]],
    ['batch 10', 'held-out-batch-10.json', [94, 96, 96, 88, 96]],
    ['batch 11', 'batch-11.json', [96, 98, 96, 91, 98]],
    ['batch 12', 'held-out-batch-12.json', [94, 95, 98, 87, 97]],
    ['batch 13', 'batch-13.json', [87, 89, 98, 82, 95]],
    ['batch 14 (held out through round 12)', 'held-out-batch-14.json', [88, 96, 98, 76, 93]],
    ['batch 15', 'batch-15.json', [88, 89, 96, 81, 98]],
    ['batch 16 (held out through round 13)', 'held-out-batch-16.json', [91, 91, 98, 83, 93]],
    ['batch 17 (round 14, first contact before tuning)', 'batch-17.json', [94, 94, 94, 85, 96]],
    ['batch 18 (held out through round 14)', 'held-out-batch-18.json', [89, 82, 95, 87, 96]],
    ['batch 19 (round 15, first contact before tuning)', 'batch-19.json', [85, 78, 98, 74, 96]],
    ['batch 20 (held out through round 15)', 'held-out-batch-20.json', [79, 70, 88, 80, 91]],
    ['batch 21 (held out through round 15)', 'held-out-batch-21.json', [78, 70, 93, 79, 89]],
    [
      'batch 24 (round 16, declines and small talk, first contact before tuning)',
      'batch-24.json',
      [82, 81, 77, 81, 86],
    ],
    ['batch 27 (round 17, threads and gaps, first contact before tuning)', 'batch-27.json', [84, 78, 92, 74, 93]],
    ['batch 25 (held out through round 17)', 'held-out-batch-25.json', [85, 74, 95, 85, 93]],
    ['batch 26 (held out through round 17)', 'held-out-batch-26.json', [84, 66, 93, 76, 96]],
  ])('%s does not fall below its floors', (name, file, floors) => {
    const batch = read(file);
    const f = figures(run(answerer, batch));
    console.log(`${name}: ${batch.length} messages, ${formatFigures(f)}`);
    const measured = [f.answers, f.followUps, f.smalltalkAndDeclines, f.notCoveredFlagged, f.coveredNotFlagged];
    for (const [i, figure] of measured.entries()) expect(percent(figure)).toBeGreaterThanOrEqual(floors[i]!);
  });

  it.each([
    ['riverbend-keeper.json', 93],
    ['harborview-keeper.json', 93],
    ['navigator-keeper.json', 86],
    ['pinecrest-keeper.json', 95],
    ['woc-keeper.json', 86],
    ['birch-hollow-keeper.json', 87],
    ['ip-keeper.json', 83],
    ['diabetes-keeper.json', 95],
    ['transplant-keeper.json', 92],
    ['palliative-keeper.json', 95],
  ])('%s, on its role laid over the shipped knowledge, lands as measured', (file, floor) => {
    const questions = read(file);
    const f = figures(run(answererWithFixture(SET_FIXTURES[file]!), questions));
    console.log(`${file}: ${questions.length} questions, ${formatFigures(f)}`);
    expect(percent(f.answers)).toBeGreaterThanOrEqual(floor);
  });
});
