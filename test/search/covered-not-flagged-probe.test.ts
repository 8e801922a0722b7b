import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 15: questions the article's facts answer, in wordings of our own (none taken from a labelled set),
// written before the readings they measure were built, labelled as test/conversation/LABELLING.md says. The measure
// here is "covered, not flagged": a question whose answer the facts give must not be told they do not. Topics are the
// label's, for the record; whether the topic is right is the answers' measure, not this one.

type Probe = [question: string, topic: string, roles: string[], covered: boolean];

/** Read right by the readings of this round (and before). */
const answered: Probe[] = [
  ['is a case manager chained to a desk all day', 'work-environment', CASE, true],
  ['do case managers get out of the office much or are they cooped up inside', 'work-environment', CASE, true],
  ['does a care manager have to travel out to where the patients live', 'work-environment', CARE, true],
  ['will I be driving around to clients as a care manager or sitting in one spot', 'work-environment', CARE, true],
  ["is care management a job where you're out in the community", 'work-environment', CARE, true],
  ['I hate being trapped behind a desk, is case management like that?', 'work-environment', CASE, true],
  ['as a care manager would I be stationed at one facility or going out to homes', 'work-environment', CARE, true],
  ['traveling nurse here, what degree does a care manager need?', 'education', CARE, true],
  ["I'm a travel nurse, what does a case manager do all day", 'duties', CASE, true],
  [
    'can you land a case manager job with just an RN license or do you need certification too',
    'certification',
    CASE,
    true,
  ],
  ['thinking of going the case management route, what degree is required', 'education', CASE, true],
  ['do case managers keep alot of patient records', 'duties', CASE, true],
  ['do care managers do a lot of administrative stuff', 'duties', CARE, true],
  ['is a care manager paid by the hospital or by the family', 'definition', CARE, true],
  ['is the care manager working for the facility or for the patient', 'definition', CARE, true],
  ["I've done 5 years in the ICU, does that count toward becoming a case manager?", 'experience', CASE, true],
  ['I trained in Manila, what exactly is a case manager?', 'definition', CASE, true],
  ["what skills does a care manager need that I didn't pick up working on a med floor", 'skills', CARE, true],
];

/** Wordings of the kind still flagged: measured, so a change that reads more of them shows. */
const stillMissed: Probe[] = [
  // "the two roles" then a going with no verb before it ("keeps you moving around town"): declined.
  ['which of the two roles keeps you moving around town instead of in an office', 'work-environment', BOTH, true],
  // "house calls" is no going, and "office" is the case managers' word.
  ['do care managers make house calls or stay put in an office', 'work-environment', CARE, true],
  // The head of what the role is called ("a ... gig") is no word for the job the lists or vectors know.
  ['is case management a desk kind of gig', 'work-environment', CASE, true],
  // Read on the work environment since the topic model picks it (round 16), where "parked" is no word of its facts.
  ['are care managers on the go visiting people or parked at a desk', 'work-environment', CARE, true],
  // "paperwork" is the case managers' word; the care managers' facts say "administrative duties".
  ['do care managers handle paperwork for their clients', 'duties', CARE, true],
  // A nursing unit asked to count (LABELLING.md convention 4): no list says a unit is nursing experience.
  ['would my med-surg years count for case management', 'experience', CASE, true],
  ['does PACU time count as nursing experience for case management', 'experience', CASE, true],
];

/** What the facts do not say, worded near the readings above: they must stay flagged. */
const unsaid: Probe[] = [
  ['do my CNA years count toward case management', 'experience', CASE, false],
  ['does phlebotomy experience count for case managers', 'experience', CASE, false],
  ['do care managers need their own car', 'work-environment', CARE, false],
  ['do care managers get paid for mileage', 'salary', CARE, false],
  ['how much driving does a care manager do', 'work-environment', CARE, false],
  ['do case managers travel between hospitals', 'work-environment', CASE, false],
  ['are there travel case manager jobs', 'work-environment', CASE, false],
  ['do care managers need a license', 'certification', CARE, false],
];

/** The measure: an answer, for the roles labelled, covered as labelled. */
const right = ([question, , roles, covered]: Probe) => {
  const answer = ask(question);
  return answer.kind === 'answer' && answer.roles.join() === roles.join() && answer.covered === covered;
};

describe('questions the facts answer, asked in other words', () => {
  it.each(answered)('%s', (question, _topic, roles, covered) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', roles, covered });
  });
});

describe('what the facts do not say, next to them', () => {
  it.each(unsaid)('%s', (question, _topic, roles, covered) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', roles, covered });
  });
});

describe('the whole probe', () => {
  // Before this round's readings 13 of the 25 answered wordings were right (`answered` and `stillMissed`).
  it('reads at least the wordings above', () => {
    expect([...answered, ...stillMissed].filter(right).length).toBeGreaterThanOrEqual(answered.length);
  });
});
