import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18: when a role came about is part of what it is: its overview.

describe('when a role came about', () => {
  it.each([
    ['when were care managers first hired by families', CARE],
    ['when did clinics begin employing case managers', CASE],
  ])('%s → the overview', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'definition', roles });
  });
});
