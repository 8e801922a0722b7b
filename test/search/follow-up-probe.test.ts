import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Probe of follow-ups that refer back in ways a thread loses (issue 18, round 15), in wordings of our own: a person's
// pronoun for the thread's role, an aspect named as a point of view ("money-wise", "in terms of"), a bare request for
// a way round what the thread said, and one of the pair picked out by what only it does.
describe('probe: follow-ups that refer back', () => {
  it.each([
    // "she", "he": the person in the thread's role, as "they" is.
    ['what does a care manager do', 'is she allowed to phone his specialists for us', 'duties', CARE],
    ['what do case managers do', 'does she need a BSN for that', 'education', CASE],
    ['who is a care manager', 'how much does he usually make', 'salary', CARE],
    ['what does a care manager do', 'does she need to be certified', 'certification', CARE],
    ['what certification do case managers need', 'can he sit for it with two years as an RN', 'certification', CASE],
    ['what does a care manager do', 'is he the one who books the rides', 'duties', CARE],
    ['what does a case manager do', 'would she talk with the surgeons about the plan', 'duties', CASE],
    // Who pays or employs them is what they are (LABELLING.md §2).
    ['what does a case manager do', 'is she paid by the hospital or by the patient', 'definition', CASE],
    ['what does a care manager do', 'so is he employed by the family or by an agency?', 'definition', CARE],
    // An aspect as a point of view decides the topic.
    ['where do care managers work', 'and pay wise?', 'salary', CARE],
    ['what education do case managers need', 'how about money-wise', 'salary', CASE],
    [
      'our applicant for the case manager post only has an associate degree',
      'would he suit the care manager job better, schooling-wise',
      'education',
      CARE,
    ],
    ['what certs do care managers need', 'ok and experience wise how many years', 'experience', CARE],
    ['how much do care managers make', 'what about in terms of schooling', 'education', CARE],
    ['what skills do case managers need', 'and as far as certification goes?', 'certification', CASE],
    // A way round what the thread said is asked of it, and the facts give none.
    ['how much experience do care managers need', 'ugh, any workaround?', 'experience', CARE],
    ['how long is the experience for care managers', 'hmm any loophole?', 'experience', CARE],
    // One of the pair, picked out by what only it does.
    ['case manager vs care manager', 'how many clients do the home visit ones carry', 'duties', CARE],
    ['which one works in an office, case or care manager?', 'what do the office ones earn', 'salary', CASE],
  ])('%s → %s: %s %j', (first, question, topic, roles) => {
    expect(ask(first, question)).toMatchObject({ kind: 'answer', topic, roles });
  });

  // "training" is as near the experience as the degrees in meaning (and among the commonest words): no respect is read
  // from it, and the thread's place stays. Left as found.
  it.skip('where do case managers work → would they accept me training-wise with only an LPN: education', () => {
    expect(ask('where do case managers work', 'would they accept me training-wise with only an LPN')).toMatchObject({
      topic: 'education',
      roles: CASE,
    });
  });

  it.each([
    ['how much experience do care managers need', 'ugh, any workaround?'],
    ['how long is the experience for care managers', 'hmm any loophole?'],
  ])('%s → %s: no way round is said', (first, question) => {
    expect(ask(first, question)).toMatchObject({ kind: 'answer', covered: false });
  });
});
