import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Another job named beside a pointer back at the thread is someone who might take the thread's role up: the thread's
// question is answered for that role. Named on its own, the other job is still what is asked about, and declined.
describe('another job as a candidate for the thread role', () => {
  it.each([
    ['what does a care manager need to study', 'could a medical assistant do that?', 'education', CARE],
    ['how much schooling for case managers', 'so can paramedics do it?', 'education', CASE],
  ])('%s / %s: the thread topic and role', (first, next, topic, roles) => {
    expect(ask(first, next)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it('the other job alone is still declined', () => {
    expect(ask('what does a case manager do', 'what about paramedics')).toMatchObject({ kind: 'declined' });
  });
});
