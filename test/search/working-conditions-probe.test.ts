import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 15: working conditions in everyday words and who employs the roles, in wordings of our own (none
// taken from a labelled set), labelled as test/conversation/LABELLING.md says: conditions the article is silent on
// are the work environment, not covered; who they work for or who pays them is the definition (convention 2); whether
// a kind of place hires them is the work environment.

type Probe = [question: string, topic: string, roles: string[], covered: boolean];

const conditions: Probe[] = [
  ['is being a case manager nerve-wracking', 'work-environment', CASE, false],
  ["how hectic does a care manager's week get", 'work-environment', CARE, false],
  ['do case managers end up exhausted like floor nurses do', 'work-environment', CASE, false],
  ['is care management a grind or is it pretty relaxed', 'work-environment', CARE, false],
  ['is case management exhausting or is it fairly chill', 'work-environment', CASE, false],
  ['is being a care manager boring', 'work-environment', CARE, false],
  ["how chaotic does a case manager's day get", 'work-environment', CASE, false],
  ['do care managers get lonely', 'work-environment', CARE, false],
  ['do case managers get hurt by violent patients', 'work-environment', CASE, false],
  ['do case managers ever get the graveyard shift', 'work-environment', CASE, false],
  ['are case managers off on saturdays', 'work-environment', CASE, false],
  ['can a care manager telecommute from her kitchen table', 'work-environment', CARE, false],
  ['is a case manager standing most of the shift', 'work-environment', CASE, false],
  ['do care managers mostly work solo', 'work-environment', CARE, false],
  ["is it dangerous going into strangers' houses as a care manager", 'work-environment', CARE, false],
  ['is the care manager job draining emotionally', 'work-environment', CARE, false],
  ["do care managers go to people's houses or work from a clinic", 'work-environment', CARE, true],
];

const employers: Probe[] = [
  ['so the care manager works for my mom, right?', 'definition', CARE, true],
  ['is the case manager employed by the hospital?', 'definition', CASE, true],
  ['does our case manager work for the insurance company?', 'definition', CASE, true],
  ["my aunt's care manager, does she work for her family or what", 'definition', CARE, true],
  ['can case managers work for insurance companies', 'work-environment', CASE, true],
  ['are case managers ever employed by an HMO', 'work-environment', CASE, true],
  ['could a case manager get a job with a health plan', 'work-environment', CASE, true],
  ['can a care manager work for the VA', 'work-environment', CARE, false],
];

/** Wordings of the kind the matcher still misreads: measured, so a change that reads more of them shows. */
const stillMissed: Probe[] = [
  ['is case management monday to friday', 'work-environment', CASE, false],
  ['is the pace slower for case managers than on a busy unit', 'work-environment', CASE, false],
  ['would I be working overnight as a care manager', 'work-environment', CARE, false],
  ['do care managers carry a pager after hours', 'work-environment', CARE, false],
  ['are there home-based case manager positions', 'work-environment', CASE, false],
  ['do care managers spend a lot of time behind the wheel', 'work-environment', CARE, false],
  ['would I be stuck behind a computer all day as a case manager', 'work-environment', CASE, true],
  ['do care managers sit much or are they up and walking around', 'work-environment', CARE, false],
  ['can care managers pick their own schedule', 'work-environment', CARE, false],
  ['do case managers get a lot of say over when they work', 'work-environment', CASE, false],
  ['do case managers spend their days in a cubicle', 'work-environment', CASE, true],
  ['how many days a week does a care manager usually put in', 'work-environment', CARE, false],
  ['do case managers get to go home at a normal time', 'work-environment', CASE, false],
  ["who signs a care manager's paycheck", 'definition', CARE, true],
  ["is the case manager on the hospital's payroll", 'definition', CASE, true],
  ['does the family pay the care manager directly or does an agency', 'definition', CARE, true],
  ['who employs nurse case managers', 'definition', CASE, true],
  ['are care managers hired by the family?', 'definition', CARE, true],
  ['what sorts of organizations hire care managers', 'work-environment', CARE, true],
  ['do insurance carriers take on case managers', 'work-environment', CASE, true],
];

const right = ([question, topic, roles, covered]: Probe) => {
  const answer = ask(question);
  return (
    answer.kind === 'answer' &&
    answer.topic === topic &&
    answer.roles.join() === roles.join() &&
    answer.covered === covered
  );
};

describe('working conditions in everyday words', () => {
  it.each(conditions)('%s → %s', (question, topic, roles, covered) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles, covered });
  });
});

describe('who employs them, and where they may be employed', () => {
  it.each(employers)('%s → %s', (question, topic, roles, covered) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles, covered });
  });
});

describe('the whole probe', () => {
  // Before this round's readings 13 of the 45 were right; the floor keeps what they read.
  it('reads at least the wordings above', () => {
    const all = [...conditions, ...employers, ...stillMissed];
    expect(all.filter(right).length).toBeGreaterThanOrEqual(conditions.length + employers.length);
  });

  it('keeps both roles when a condition is asked of the pair', () => {
    expect(ask('are both of those jobs hectic')).toMatchObject({ kind: 'answer', roles: BOTH });
  });
});
