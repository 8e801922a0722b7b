import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 17: what a role is asked to *get* is what the job gives its people, its pay and benefits, in a
// thread about where they work too; a thing with its own topic word still speaks for itself.

describe('asked whether a role gets a thing: the pay and benefits', () => {
  it.each([
    [['do care managers get a company car'], 'salary', CARE],
    [['do case managers get vision and dental'], 'salary', CASE],
    [['where do care managers work', 'do they get mileage'], 'salary', CARE],
    [['where do care managers work', 'do they usually get gas money for the driving'], 'salary', CARE],
    [['where do care managers work', 'do they get paid for the travel time'], 'salary', CARE],
  ])('%j → %s', (messages, topic, roles) => {
    expect(ask(...messages)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it.each([
    ['do case managers get their own office', 'work-environment', CASE],
    ['do case managers get tuition help for the BSN', 'education', CASE],
    ['do care managers get certified through the CCMC', 'certification', CARE],
    ['would case management get me more weekends off', 'work-environment', CASE],
  ])('not a thing given: "%s" → %s', (message, topic, roles) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', topic, roles });
  });
});
