import { describe, expect, it } from 'vitest';
import { ask, askIn, CASE } from '../support/ask.ts';
import { answererWithFixture } from '../support/knowledge-copy.ts';

// A keeper's first hour (round 15): "policy" is off-topic in language.json (the PTO policy, the parking policy), but a
// question about a role the hospital has a policy for asks for that policy's facts (docs/matching.md, "The hospital's
// own policy, asked for").
/** A transplant nurse coordinator from a job description, and a policy on their call, exam fee and mileage. */
const transplant = answererWithFixture('transplant');
const TX = ['transplant-coordinator'];
/** The topics the fixture's policy has facts on, for the transplant coordinator. */
const POLICY_TOPICS = ['certification', 'work-environment', 'salary'];

describe("a question about a role's policy, where the hospital has one for it", () => {
  // Written for this test: ways of asking for the policy with nothing else to steer it.
  const bare = [
    "what's our policy for transplant coordinators",
    'whats the policy on transplant nurse coordinators',
    'what policies apply to transplant coordinators',
    'is there a hospital policy for transplant coordinators',
    'tell me the policy for pre-transplant coordinators',
    'transplant coordinator policy?',
    'show me the transplant coordinator policies',
    'any policys for post transplant coordinators',
  ];
  it.each(bare)('is answered from the policy\'s facts: "%s"', (question) => {
    const answer = transplant.ask(question);
    expect(answer).toMatchObject({ kind: 'answer', roles: TX });
    expect(POLICY_TOPICS).toContain(answer.topic);
    expect(answer.groups[0]!.facts.some((f) => f.source === 'elmwood-transplant-policy')).toBe(true);
  });

  // With what is asked of the policy named, that decides among the policy's topics.
  const steered: Array<[string, string]> = [
    ['what does our policy say about the cctc', 'certification'],
    ['any policy about the CCTC for transplant coordinators?', 'certification'],
    ['does the policy pay for the CCTC exam', 'certification'],
    ["what does the policy say about transplant coordinators' exam fee", 'certification'],
    ["what's the policy on the CCTC", 'certification'],
    ["what is elmwood's policy on transplant coordinator call", 'work-environment'],
    ['policy re: transplant coordinators and on-call', 'work-environment'],
    ['are transplant coordinators covered by a call policy', 'work-environment'],
    ['whats the policy for transplant coordinators on call weekends', 'work-environment'],
    ['what is our transplant coordinator policy on pay', 'salary'],
    ["what's the transplant coordinator policy on mileage", 'salary'],
  ];
  it.each(steered)('goes where the rest of the question points: "%s" → %s', (question, topic) => {
    expect(askIn(transplant, question)).toMatchObject({ kind: 'answer', topic, roles: TX });
  });
});

describe('"policy" where the hospital has none for the role, or beside another off-topic word', () => {
  it('stays off-topic: declined unless the rest of the question is a strong term of a topic', () => {
    // The fixture's policy is the transplant coordinators': none is the case managers'.
    expect(askIn(transplant, "what's our policy on case managers")).toMatchObject({ kind: 'declined', roles: [] });
    expect(ask('what are the policies for care managers')).toMatchObject({ kind: 'declined' });
    // "CCM" is a strong term of the certifications: enough.
    expect(ask("what's our policy on the CCM")).toMatchObject({ topic: 'certification', roles: CASE });
  });

  it('another off-topic word still declines the question', () => {
    expect(askIn(transplant, "what's the parking policy for transplant coordinators")).toMatchObject({
      kind: 'declined',
    });
    expect(askIn(transplant, "what's the policy on badges for transplant coordinators")).toMatchObject({
      kind: 'declined',
    });
    expect(askIn(transplant, "what's the PTO policy")).toMatchObject({ kind: 'declined' });
  });

  it('asked of a role by name it was never off-topic: following the hospital policies is what the role does', () => {
    expect(askIn(transplant, 'must transplant coordinators follow hospital policies')).toMatchObject({
      kind: 'answer',
      roles: TX,
    });
  });
});

// A keeper's remark (round 16): a role the hospital describes only in its job description has no `policy` source, so
// "our policy for forensic nurse examiners" was declined. The job description is then what the hospital wrote on them.
describe('"policy" about a role the hospital describes only in a job description', () => {
  /** A forensic nurse examiner from an invented hospital's job description, and no policy. */
  const pinecrest = answererWithFixture('pinecrest');
  const FNE = ['forensic-nurse-examiner'];

  it.each([
    "what's our policy for forensic nurse examiners",
    'our policy for SANE nurses',
    'is there a hospital policy on forensic nurses',
  ])('is answered from the job description: "%s"', (question) => {
    const answer = pinecrest.ask(question);
    expect(answer).toMatchObject({ kind: 'answer', roles: FNE });
    expect(answer.groups[0]!.facts.some((f) => f.source === 'pinecrest-forensic-nurse-examiner')).toBe(true);
  });

  it.each([
    ["what's our policy on the SANE-A", 'certification'],
    ['policy for forensic nurse examiners on call', 'work-environment'],
  ])('goes where the rest of the question points: "%s" → %s', (question, topic) => {
    expect(askIn(pinecrest, question)).toMatchObject({ kind: 'answer', topic, roles: FNE });
  });

  it('a role with a policy is still asked its policy, and other off-topic words still decline', () => {
    const policy = transplant.ask("what's our policy for transplant coordinators");
    expect(POLICY_TOPICS).toContain(policy.topic);
    expect(policy.groups[0]!.facts.some((f) => f.source === 'elmwood-transplant-policy')).toBe(true);
    expect(askIn(pinecrest, "what's the parking policy for forensic nurses")).toMatchObject({ kind: 'declined' });
    expect(askIn(pinecrest, "what's our policy on case managers")).toMatchObject({ kind: 'declined' });
  });
});
