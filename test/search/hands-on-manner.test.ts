import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 17, LABELLING.md convention 7: "hands on" said of the work (a predicate: "less hands on", "is it
// hands-on?") asks how directly a role works with people, the duties; before a noun it modifies ("hands-on time",
// "hands on experience") it is what the asker has done, the experience. Own wordings, none from a labelled set.

type Probe = [question: string, topic: string, roles: string[]];

const PROBES: Probe[] = [
  // The manner of the work: the duties.
  ['ICU nurse, totally fried. which of the two is less hands on', 'duties', BOTH],
  ['is care management hands on?', 'duties', CARE],
  ['are case managers still hands-on or is it all computer work', 'duties', CASE],
  ["tbh I'm done with the floor. which one is the least hands on", 'duties', BOTH],
  // What the asker has done: the experience.
  ['I have lots of hands-on time in social work, does that help', 'experience', BOTH],
  ['do you need hands on experience for case management', 'experience', CASE],
];

describe('"hands on" said of the work asks the duties, before a noun the experience', () => {
  it.each(PROBES)('%s → %s', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });
});
