import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { threeRoleKnowledge } from '../support/knowledge-copy.ts';

const POLICY = join('facts', 'northfield-staff-policy.json');
const COST_QUESTION = 'how much does the CCM exam cost for case managers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The three-role knowledge with the policy's fact containing `needle` changed by `change`, answered from. */
function withPolicyFact(needle: string, change: (fact: Record<string, unknown>) => void) {
  const copy = threeRoleKnowledge();
  cleanups.push(copy.remove);
  const path = join(copy.dir, POLICY);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  change(file.facts.find((f: { text: string }) => f.text.includes(needle)));
  writeFileSync(path, JSON.stringify(file));
  return createAnswerer(loadKnowledge(copy.dir));
}

describe('a fact answers a gap fully, or touches it', () => {
  it('answers: the card no longer says the sources are silent on it', () => {
    const answer = withPolicyFact('CCM exam fee', () => {}).ask(COST_QUESTION);
    expect(answer).toMatchObject({ topic: 'certification', covered: true, gap: null });
    expect(answer.groups[0]!.facts[0]!.text).toContain('The hospital pays the CCM exam fee');
  });

  it('touches: the fact is shown first, and the gap line stays for what it does not say', () => {
    const answerer = withPolicyFact('CCM exam fee', (fact) => {
      fact.touches = fact.answers;
      delete fact.answers;
    });
    const answer = answerer.ask(COST_QUESTION);
    expect(answer).toMatchObject({ topic: 'certification', covered: false });
    // "else": the fact beside it states part of the cost.
    expect(answer.gap).toBe('Nothing else in the sources says what certification or its exam costs.');
    expect(answer.groups[0]!.facts[0]!.text).toContain('The hospital pays the CCM exam fee');
  });
});

describe("a silent note beside the hospital's own fact", () => {
  it('is shown until a fact says it answers it, then no longer for that role and topic', () => {
    const before = withPolicyFact('pay band for case managers', () => {}).ask('how much does a case manager make');
    expect(before.groups[0]!.silent).toContain('The article gives no salary figure for case managers');
    const answerer = withPolicyFact('pay band for case managers', (fact) => {
      fact.answersSilent = true;
    });
    const after = answerer.ask('how much does a case manager make');
    expect(after.groups[0]!.facts[0]!.text).toContain('Our pay band for case managers');
    expect(after.groups[0]!.silent).toBeUndefined();
    expect(answerer.kb.topics.salary!.silentFrom['case-manager']).toBeUndefined();
  });
});
