import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18: asking what a role is counted as ("is X considered Y") asks what the role is; an aspect as the class keeps it.

describe('what a role is classed as', () => {
  it.each([
    ['is care management regarded as a nursing specialty', CARE],
    ['is case management classed as a clinical specialty or not', CASE],
  ])('%s → the overview', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'definition', roles });
  });

  it('a class that is an aspect of the work asks that aspect', () => {
    expect(ask('is case management considered a high-stress job')).toMatchObject({ topic: 'work-environment' });
  });
});
