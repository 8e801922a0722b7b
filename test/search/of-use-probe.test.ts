import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';

// Issue 18, round 16: whether the asker's own past is of use, asked with an adjective of use ("useful", "helpful")
// or a verb of use after the asker's possessive ("does *my* CPhT help"), in wordings of our own. What the asker holds
// that no fact names is not counted by the facts (LABELLING.md 4): `covered: false`. The controls name what the
// facts require, so they say it counts.

describe('a past of the asker the facts never name, asked to be of use, is flagged', () => {
  it.each([
    ['is my phlebotomy background useful for care management'],
    ['would my pharmacy tech years be helpful for case management'],
    ['is my dental assistant experience relevant to care management'],
    ['does my EMS time help for becoming a care manager'],
    ['would my veterinary tech work count for care management'],
    ['is my radiology tech license useful for case management at all'],
    ['does my massage therapy license help with care management'],
    ['would my dietitian background be useful for care management'],
    ['is my lab tech experience valuable for a case manager job'],
    ['does my hospice volunteering help toward care manager certification'],
    ['would my physical therapy aide job be helpful for care management'],
  ])('%s → not covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', covered: false });
  });
});

// Still read as covered: "training" is the experience's own word, and "ultrasound" is read against it.
describe('of use, still read as covered', () => {
  it.fails.each([['is my ultrasound training relevant for case management']])('%s → not covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', covered: false });
  });
});

describe('a past the facts name, asked to be of use, stays covered', () => {
  it.each([
    ['is my nursing degree useful for case management'],
    ['would my social work degree be helpful for care management'],
    ['is my RN license useful for case management'],
    ['does my psychology degree help for care management'],
    ['would my public health degree be useful for care management'],
    ['is my counseling degree relevant to care management'],
    ['does my RN experience help for case management'],
    ['is my rehabilitation degree useful for care management'],
  ])('%s → covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', covered: true });
  });
});
