import { describe, expect, it } from 'vitest';
import { ask, BOTH, CASE } from '../support/ask.ts';

// Issue 18, round 15: a probe of the kind "a bare 'CM'", in wordings of our own (none from a labelled set), labelled as
// LABELLING.md convention 6 labels them: both roles, unless the message or its thread ties it to the hospital (a
// department or team of the hospital's, a unit or floor, discharge planning, utilization review, bedside nursing).

type Want = { kind: 'answer'; topic: string; roles: string[]; covered: boolean };
const answer = (topic: string, roles: string[], covered: boolean): Want => ({ kind: 'answer', topic, roles, covered });

const PROBE: ReadonlyArray<[string[], Want]> = [
  [['what degree does our CM department look for?'], answer('education', CASE, true)],
  [
    ["I'm on 4 West and want to move into CM, how many years of experience do I need?"],
    answer('experience', CASE, true),
  ],
  [['do the CMs on our unit need to be certified?'], answer('certification', CASE, true)],
  [['CMs on our med-surg floor, what do they actually do all day?'], answer('duties', CASE, true)],
  [['does an inpatient CM need a BSN?'], answer('education', CASE, true)],
  [['do CMs in the hospital handle discharge planning?'], answer('duties', CASE, false)],
  [['is utilization review part of what our CMs do?'], answer('duties', CASE, false)],
  [['where else could a hospital CM work besides the hospital?'], answer('work-environment', CASE, true)],
  [['which certification do CMs at our hospital usually hold?'], answer('certification', CASE, true)],
  [['thinking of applying to the CM dept, what degree would I need?'], answer('education', CASE, true)],
  [['how much experience for a CM job at a hospital?'], answer('experience', CASE, true)],
  [["what skills does a CM need that a floor nurse doesn't have?"], answer('skills', CASE, true)],
  [['CM vs bedside RN, which has better hours?'], answer('work-environment', CASE, false)],
  [['would a CM on our oncology unit work weekends?'], answer('work-environment', CASE, false)],
  [['what does a CM on the ICU do?'], answer('duties', CASE, true)],
  [['our hospital is hiring CMs, do they need RN experience?'], answer('experience', CASE, true)],
  [
    ['I work on a med-surg unit and keep hearing about CMs', 'what certification do they need?'],
    answer('certification', CASE, true),
  ],
  [['CM certification?'], answer('certification', BOTH, true)],
  [['where do CMs work?'], answer('work-environment', BOTH, true)],
  [['do CMs need a nursing degree?'], answer('education', BOTH, true)],
  [['do CMs visit patients at home?'], answer('duties', BOTH, true)],
  [['what skills make a good CM?'], answer('skills', BOTH, true)],
];

/**
 * What the mechanism does not read yet, kept in the probe so that it measures the kind: each is expected to fail, and
 * turns red once it passes (then move it above): hospital duties and unit names the knowledge never writes
 * ("discharge planning", "utilization review", "ICU"), and a department as the one hiring.
 */
const NOT_YET = new Set([
  'what degree does our CM department look for?',
  'do CMs in the hospital handle discharge planning?',
  'is utilization review part of what our CMs do?',
  'what does a CM on the ICU do?',
]);

describe('a bare "CM", tied to the hospital or not (probe)', () => {
  const cases = PROBE.map(([messages, want]) => [messages.join(' → '), messages, want] as const);
  it.each(cases.filter(([, messages]) => !NOT_YET.has(messages[0]!)))('%s', (_, messages, want) => {
    expect(ask(...messages)).toMatchObject(want);
  });
  it.fails.each(cases.filter(([, messages]) => NOT_YET.has(messages[0]!)))('not yet: %s', (_, messages, want) => {
    expect(ask(...messages)).toMatchObject(want);
  });
});
