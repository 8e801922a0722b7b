import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// "what do they do" asked of the thread's roles asks their duties, whatever the thread was on; "do they do that ..."
// asks something of the thread's own activity instead.
describe('what they do, asked in a thread on another topic', () => {
  it.each([
    ['where do case managers spend their day', 'ok but what do they do there', CASE],
    ['how much do care managers earn', 'and what do they really do', CARE],
  ])('%s / %s: the duties', (first, next, roles) => {
    expect(ask(first, next)).toMatchObject({ kind: 'answer', topic: 'duties', roles });
  });

  it('a yes-or-no question about doing the thread thing keeps to what it asks', () => {
    expect(ask('what does a care manager do', 'do they do that from home')).toMatchObject({
      topic: 'work-environment',
      roles: CARE,
    });
  });
});
