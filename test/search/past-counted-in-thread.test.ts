import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// The asker's own past asked whether it counts, part-way through a thread on something else (follow-up.ts
// `pastAskedToCount`): its own words say what it would count for, not the thread's topic.
describe("the asker's past asked to count, in a thread", () => {
  it('years of other work asked to count as experience, after certification', () => {
    expect(
      ask('which board certifies case managers?', 'would my telemetry years count as case management experience'),
    ).toMatchObject({ topic: 'experience', roles: CASE });
  });

  it('time in another job asked to count as the direct care part, after the degree', () => {
    expect(
      ask('what degree do care managers need', 'does my time as a medical assistant count as the direct care part'),
    ).toMatchObject({ topic: 'experience', roles: CARE });
  });

  it("the past asked to count toward the thread's own thing stays on the thread", () => {
    expect(ask('what cert would a case manager need?', 'would my dialysis years count toward that?')).toMatchObject({
      topic: 'certification',
      roles: CASE,
    });
  });

  it("a question about the role with no past of the asker's keeps the thread", () => {
    expect(ask('which board certifies case managers?', 'does that cert count in every state')).toMatchObject({
      topic: 'certification',
      roles: CASE,
    });
  });
});
