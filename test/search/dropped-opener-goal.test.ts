import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 17: "my EMT years count toward case management?" is "do my EMT years count …" with its opener left
// out, as chat drops it. The verb of sufficiency followed only by what it would count for asks what comes before it
// to count; a past no fact names is not counted by the facts (LABELLING.md 4): `covered: false`. The controls name
// what the facts require.

describe('a past the facts never name, asked to count with the opener left out, is flagged', () => {
  it.each([
    ['my EMT years count toward case management?', CASE],
    ['my LPN years count for care management?', CARE],
    ['my pharmacy tech time counts toward the care manager cert?', CARE],
    ['my dental assistant years count for case management?', CASE],
  ])('%s → not covered', (message, roles) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', roles, covered: false });
  });
});

describe('a past the facts name, asked to count with the opener left out, stays covered', () => {
  it.each([
    ['my RN years count toward case management?', CASE],
    ['my social work degree counts for care management?', CARE],
    ['nursing experience counts for the CCM?', CASE],
  ])('%s → covered', (message, roles) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', roles, covered: true });
  });
});
