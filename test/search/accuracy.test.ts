import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';

type Labelled = { q: string; topic: string | null; roles: string[] };
const questions: Labelled[] = JSON.parse(readFileSync(new URL('../dev-questions.json', import.meta.url), 'utf8'));
const answerer = createAnswerer(loadKnowledge());

describe('accuracy on the development set', () => {
  const results = questions.map((item) => {
    const answer = answerer.ask(item.q);
    return { item, answer, topicOk: answer.topic === item.topic, rolesOk: answer.roles.join() === item.roles.join() };
  });
  const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
  const topicAccuracy = share(results.filter((r) => r.topicOk).length, results.length);
  const roleAccuracy = share(results.filter((r) => r.rolesOk).length, results.length);
  const outOfScope = results.filter((r) => r.item.topic === null);
  const declined = share(outOfScope.filter((r) => r.answer.topic === null).length, outOfScope.length);

  it('is large and varied enough to mean something', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(outOfScope.length).toBeGreaterThanOrEqual(15);
  });

  it('gets topics, roles and declines right', () => {
    const misses = results.filter((r) => !r.topicOk || !r.rolesOk);
    console.log(
      [
        `dev set: ${questions.length} questions, topic ${(topicAccuracy * 100).toFixed(1)} %, roles ${(roleAccuracy * 100).toFixed(1)} %, ` +
          `out of scope declined ${(declined * 100).toFixed(1)} % (${outOfScope.length})`,
        ...misses.map(
          (r) =>
            `  miss: ${JSON.stringify(r.item.q)} expected ${r.item.topic} [${r.item.roles}] got ${r.answer.topic} [${r.answer.roles}] (${r.answer.confidence})`,
        ),
      ].join('\n'),
    );
    expect(topicAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(roleAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(declined).toBeGreaterThanOrEqual(0.9);
  });
});
