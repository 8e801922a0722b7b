import { describe, expect, it } from 'vitest';
import { writeSpokenMarks } from '../../src/search/normalize.ts';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 14: words that say how the message is written or how to answer it, not what is asked.
describe('how a message is said, and what the role’s facts write elsewhere', () => {
  it('marks said to a phone’s dictation are read as the marks', () => {
    expect(writeSpokenMarks('what do they earn question mark')).toBe('what do they earn?');
    expect(writeSpokenMarks('ok comma and the cert exclamation point')).toBe('ok, and the cert!');
    expect(writeSpokenMarks('hours for this pay period')).toBe('hours for this pay period');
    expect(ask('what kind of training do case managers need question mark')).toMatchObject({
      roles: CASE,
      covered: true,
    });
  });

  it('"in plain English", "in simple terms" ask for a manner of answer, not about a language', () => {
    expect(ask('tell me in plain english what care managers do')).toMatchObject({ roles: CARE, covered: true });
    expect(ask('what is a case manager, in layman’s terms?')).toMatchObject({ roles: CASE, covered: true });
    expect(ask('do care managers have to speak english well')).toMatchObject({ covered: false });
  });

  it('two words side by side that a fact of the role writes so, on another topic, are said', () => {
    expect(ask('does a care manager give patients emotional support on visits')).toMatchObject({
      roles: CARE,
      covered: true,
    });
    expect(ask('would a care manager offer emotional support to a dying patient').covered).toBe(false);
  });
});
