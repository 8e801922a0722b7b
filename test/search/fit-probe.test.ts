import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 15, LABELLING.md convention 7: "which one fits me" asks the difference on the trait the asker names.
// Own wordings, none from a labelled set, written before building: the asker's trait said before the choice, after it,
// or in the choice itself. 9 of 25 passed before fit.ts, 24 after; the one left is below (`it.fails`).

type Probe = [question: string, topic: string, roles: string[], covered: boolean];

const PROBES: Probe[] = [
  // Direct work with patients, or behind the scenes: the job duties open with it.
  ['I love being at the bedside with people, which of the two would suit me?', 'duties', BOTH, true],
  ['which of these gets more face time with patients', 'duties', BOTH, true],
  [
    'what would fit me better, case management or care management? I want more time with patients',
    'duties',
    BOTH,
    true,
  ],
  ['which of the two deals with patients face to face more', 'duties', BOTH, true],
  ['out of the two, which is more patient-facing?', 'duties', BOTH, true],
  ['do care managers work hands-on with people or mostly from a desk', 'duties', CARE, true],
  ["is a case manager's work direct patient care or more behind the scenes?", 'duties', CASE, true],
  ['do case managers actually spend time with patients themselves', 'duties', CASE, true],
  // A personal quality: the skills.
  ["I'm a pretty shy person, which role is the better match for me?", 'skills', BOTH, false],
  ['super empathetic and a good communicator here — which one should I go for?', 'skills', BOTH, true],
  ["I'm very organised, which of the two suits me", 'skills', BOTH, true],
  ["which one's the better pick for someone who communicates well", 'skills', BOTH, true],
  ["tell me which one suits me, I'm a caring person", 'skills', BOTH, true],
  // Where and when the work is: the work environment.
  ['which one would be better if I never want to work weekends', 'work-environment', BOTH, false],
  ['want a desk job honestly. which one fits that better?', 'work-environment', BOTH, true],
  ['i need a regular 9-5, which one is a better fit', 'work-environment', BOTH, false],
  ["which would be a better fit if I don't want to drive all day", 'work-environment', BOTH, false],
  ['i want to be in an office, which of them is for me', 'work-environment', BOTH, true],
  // The asker's own background, and pay.
  ['been a paramedic for 8 yrs, which of these two fits my background?', 'experience', BOTH, false],
  ['former EMT here, which of these two roles would be the best fit?', 'experience', BOTH, false],
  ['which one would suit someone who wants a good salary', 'salary', BOTH, true],
  // No trait named: the whole comparison.
  ['which one should I go with, honestly no clue', 'definition', BOTH, true],
  ['case or care manager, which would you pick for me?', 'definition', BOTH, true],
  ['which role would I enjoy more', 'definition', BOTH, true],
];

describe('which one fits me: the topic of the trait named (probe)', () => {
  it.each(PROBES)('%s → %s', (question, topic, roles, covered) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles, covered });
  });

  // "I'm a/an X" names what the asker is (a job: "I'm an RT"), not a quality; a noun of temperament is not told apart
  // from a job no list knows, so it is still read as the overview of the pair.
  it.fails("I'm an introvert, which job suits me → skills", () => {
    expect(ask("I'm an introvert, which job suits me")).toMatchObject({ topic: 'skills', roles: BOTH, covered: false });
  });
});
