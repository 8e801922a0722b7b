import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Follow-ups whose words are read for what they stand for in the thread: the role "what about" turns to, a count
// of years that is no pair of roles, "those" standing for the thread's things, people paid rather than things.

describe('"what about" a role, then a likeness: the role turned to, alone', () => {
  it.each([
    ['where do case managers work', 'what about care managers, same setting?', 'work-environment', CARE],
    ['how much do care managers earn', 'how about case managers, similar pay?', 'salary', CASE],
    ['what skills do care managers need', 'what about case managers, same kind of skills?', 'skills', CASE],
  ])('%s / %s', (first, next, topic, roles) => {
    expect(ask(first, next)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('a role set against the thread\'s with no "what about" is still both', () => {
    expect(ask('how much do care managers earn', 'is that more than case managers?')).toMatchObject({
      topic: 'salary',
      roles: ['case-manager', 'care-manager'],
    });
  });
});

describe('"the two" before a unit of time counts it', () => {
  it("the thread's role, not the pair", () => {
    expect(
      ask('how much experience do case managers need', 'and the two years, does it have to be hospital experience'),
    ).toMatchObject({ topic: 'experience', roles: CASE });
  });

  it('"which of the two" still names the pair', () => {
    expect(ask('which of the two pays more')).toMatchObject({ roles: ['case-manager', 'care-manager'] });
  });
});

describe('"those", "these" as the subject stand for the thread\'s things', () => {
  it.each([
    ['what degrees do care managers need', 'how long do these usually take', 'education', CARE],
    ['which certifications can a case manager get', 'and how long do those take to earn', 'certification', CASE],
  ])('%s / %s', (first, next, topic, roles) => {
    expect(ask(first, next)).toMatchObject({ kind: 'answer', topic, roles });
  });
});

describe('"pay for" the people a pro-form stands for is their pay', () => {
  it('"the RN ones" are people, not a thing bought', () => {
    expect(ask('do care managers need a degree', 'and pay for the RN ones?')).toMatchObject({
      topic: 'salary',
      roles: CARE,
    });
  });

  it('a thing is still paid for', () => {
    expect(ask('what certification do case managers need', 'does the hospital pay for the exam?')).toMatchObject({
      topic: 'certification',
    });
  });
});
