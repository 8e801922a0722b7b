import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { threeRoleKnowledge } from '../support/knowledge-copy.ts';

// A hospital adds a fact naming a credential no list knows (not language.json, not a topic's terms, not gaps.json):
// the fact's own words find it. The text and the quote both count.
const POLICY =
  'Case managers hired after March 2026 must earn the Transitions of Care Navigator (TCN) credential within their first year of employment.';
const CREDENTIAL_FACT = {
  source: 'northfield-staff-policy',
  facts: [
    {
      role: 'case-manager',
      topic: 'certification',
      section: 'Hiring requirements',
      text: 'Case managers here earn the *TCN* credential in their first year.',
      quote: POLICY,
    },
  ],
};

const before = threeRoleKnowledge();
const copy = threeRoleKnowledge();
appendFileSync(join(copy.dir, 'sources', 'northfield-staff-policy.txt'), `\n${POLICY}\n`);
writeFileSync(join(copy.dir, 'facts', 'northfield-credentials.json'), JSON.stringify(CREDENTIAL_FACT, null, 2));
const withFact = createAnswerer(loadKnowledge(copy.dir));
const without = createAnswerer(loadKnowledge(before.dir));
afterAll(() => {
  copy.remove();
  before.remove();
});

describe("a hospital's own fact is found by its own words", () => {
  it('a credential only the fact names finds its topic and, named by no role, its role', () => {
    const answer = withFact.ask('do I need the TCN?');
    expect(answer.kind).toBe('answer');
    expect(answer.topic).toBe('certification');
    expect(answer.roles).toEqual(['case-manager']);
    expect(answer.groups[0]!.facts.some((fact) => fact.text.includes('TCN'))).toBe(true);
  });

  it('without the fact, the same question is declined: nothing else knew the word', () => {
    expect(without.ask('do I need the TCN?').kind).toBe('declined');
  });

  it('a role named wins over the role the name points at', () => {
    const answer = withFact.ask('do care managers need the TCN too?');
    expect(answer.topic).toBe('certification');
    expect(answer.roles).toEqual(['care-manager']);
  });

  it("the quote's words count as the text's do", () => {
    const answer = withFact.ask(
      'case managers and the transitions of care navigator thing, within the first year of employment?',
    );
    expect(answer.topic).toBe('certification');
    expect(answer.roles).toEqual(['case-manager']);
  });
});
