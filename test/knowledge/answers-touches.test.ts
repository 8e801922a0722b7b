import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { knowledgeWithFixture, threeRoleKnowledge } from '../support/knowledge-copy.ts';

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

/** The transplant fixture with its policy's fact containing `needle` changed by `change`, answered from. */
function withTransplantFact(needle: string, change: (fact: Record<string, unknown>) => void) {
  const copy = knowledgeWithFixture('transplant');
  cleanups.push(copy.remove);
  const path = join(copy.dir, 'facts', 'elmwood-transplant-policy.json');
  const file = JSON.parse(readFileSync(path, 'utf8'));
  change(file.facts.find((f: { text: string }) => f.text.includes(needle)));
  writeFileSync(path, JSON.stringify(file));
  return createAnswerer(loadKnowledge(copy.dir));
}

// docs/knowledge-format.md, facts/<name>.json: what a keeper names in answers and touches, and where the fact goes.
describe('aspects that share a way of asking', () => {
  const FEES = 'do case managers have to pay any fees';

  it("are each a question's by the topic it lands on: a fee fact names the certification's and the general one", () => {
    // "pay" takes the question to the pay: there "fee" asks for `cost`, not `exam-cost` (certification only).
    const both = withPolicyFact('CCM exam fee', () => {}).ask(FEES);
    expect(both).toMatchObject({ topic: 'certification', covered: true, gap: null });
    const one = withPolicyFact('CCM exam fee', (fact) => {
      fact.answers = ['exam-cost'];
    }).ask(FEES);
    expect(one).toMatchObject({ topic: 'salary', covered: false });
    expect(one.gap).toBe('Nothing in the sources gives any costs or fees.');
  });
});

describe('a fact answers for its own role only', () => {
  it("a transplant coordinator's life-support fact leaves the case managers' line", () => {
    const answerer = withTransplantFact('CCTC exam fee', () => {});
    // "no other life-support certificate is required": it answers what any such question asks of them.
    for (const question of ['do transplant coordinators need BLS', 'do transplant coordinators need ACLS'])
      expect(answerer.ask(question)).toMatchObject({ topic: 'certification', covered: true, gap: null });
    expect(answerer.ask('do case managers need BLS').gap).toBe(
      'Nothing in the sources mentions CPR, BLS or other life-support certificates.',
    );
    expect(answerer.ask('do transplant coordinators and case managers need BLS')).toMatchObject({ covered: false });
  });
});

describe("a fact is listed on its own topic; its aspects bring other topics' questions to it", () => {
  const MILEAGE = 'do transplant coordinators get mileage reimbursed';
  const DRIVE = 'do transplant coordinators have to drive';
  const listed = (answer: ReturnType<ReturnType<typeof createAnswerer>['ask']>) =>
    answer.groups.flatMap((g) => g.facts.map((f) => f.text)).some((text) => text.startsWith('Mileage'));

  it('on the pay, a mileage refund is shown for the benefits asked, not for whether they drive', () => {
    const answerer = withTransplantFact('Mileage', () => {});
    const mileage = answerer.ask(MILEAGE);
    // The fact writes what is asked ("mileage reimbursed"): settled, the line says what else is not.
    expect(mileage).toMatchObject({ topic: 'salary', covered: true });
    expect(listed(mileage)).toBe(true);
    expect(mileage.gap).toMatch(/^Nothing else in the sources says what benefits/);
    // `touches: ["travel"]`, but the fact writes none of the words "drive" is asked with: the answer stays put.
    const drive = answerer.ask(DRIVE);
    expect(drive).toMatchObject({ topic: 'work-environment' });
    expect(listed(drive)).toBe(false);
  });

  it('moved to the work environment, it is shown there, and the mileage question follows it', () => {
    const answerer = withTransplantFact('Mileage', (fact) => {
      fact.topic = 'work-environment';
    });
    expect(listed(answerer.ask(DRIVE))).toBe(true);
    const mileage = answerer.ask(MILEAGE);
    expect(mileage).toMatchObject({ topic: 'work-environment' });
    expect(listed(mileage)).toBe(true);
    expect(listed(answerer.ask('do transplant coordinators get benefits'))).toBe(false);
  });
});
