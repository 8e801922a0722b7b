import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { replay } from '../../src/conversation/context.ts';
import { ask, CARE, CASE } from '../support/ask.ts';

const answerer = createAnswerer(loadKnowledge());
const gapOf = (...messages: string[]) =>
  answerer.ask(messages.at(-1) ?? '', replay(answerer, messages.slice(0, -1))).gap;

// Issue 18, round 15: what the facts do not state, read from what the chosen facts state and what the question asks.
describe('the length of one thing is given only by a figure that measures it', () => {
  it('a time figure measures its "of" phrase and its clause before it, not what it goes on to include', () => {
    // "three years must include an internship": the years measure the experience, not the internship.
    expect(ask('how long does a care manager practicum last?')).toMatchObject({ roles: CARE, covered: false });
    expect(ask('how many weeks is the supervised internship for a care manager')).toMatchObject({ covered: false });
    expect(gapOf('how long is the internship for the NACCM route')).toBe(
      'Nothing in the article says how long it takes.',
    );
  });

  it('a head no fact names frames the words before it, which the figure measures', () => {
    expect(ask('how long is the care manager experience requirement').covered).toBe(true);
    expect(ask('how many years is the nursing experience case managers need in some states').covered).toBe(true);
  });

  it('how much of something is needed is not the length of a thing', () => {
    expect(ask('how many years of supervised work do care managers need').covered).toBe(true);
  });
});

describe('a share is given only by a share', () => {
  it('a percentage or a proportion asks for one, which no fact gives', () => {
    expect(ask('what percent of case managers started as ICU nurses?')).toMatchObject({ covered: false });
    expect(gapOf('what proportion of care managers have a psychology degree')).toBe(
      'Nothing in the article gives a share or a percentage for that.',
    );
  });

  it('"how much of" a whole is answered by a number that parts it', () => {
    expect(ask('how much of the care manager experience must be supervised?').covered).toBe(true);
    expect(ask('what do case managers do', 'how much of their week goes to filing?').covered).toBe(false);
  });
});

describe('ranking two named things on a quality no fact compares', () => {
  it('"the more", a superlative after "the", or a comparative between alternatives offered', () => {
    expect(ask('is the ANCC or the CCMC the more prestigious credential for case managers')).toMatchObject({
      roles: CASE,
      covered: false,
    });
    expect(ask('which is less work to earn, the ANCC credential or the CCMC one?')).toMatchObject({ covered: false });
    expect(ask('what is the one most valuable skill a care manager can have')).toMatchObject({ covered: false });
  });

  it('a fact that compares answers it, and a comparative asked of the roles is the roles’ facts to answer', () => {
    expect(ask('which certification for care managers is the most popular one').covered).toBe(true);
    expect(ask('which of the two earns more').covered).toBe(true);
  });
});

describe('what a role holds as its own', () => {
  it('"their own" after a verb of having or founding is said only by a fact that writes "own"', () => {
    expect(ask('do case managers have their own desk phone line')).toMatchObject({ covered: false });
    expect(ask('can a care manager open her own consulting firm')).toMatchObject({ covered: false });
    expect(gapOf('do case managers get their own office')).toBe(
      'Nothing in the article says anything about “own office”.',
    );
  });

  it('doing one’s own work, or working in one’s own place, is no possession asked', () => {
    expect(ask('do case managers file their own paperwork').covered).toBe(true);
  });
});

describe('a word the vectors do not know before a noun the facts state', () => {
  it('names a kind of it the facts do not, unless it is someone’s own', () => {
    expect(ask('do care managers help families with conservatorship paperwork')).toMatchObject({ covered: false });
    expect(ask('can the care manager book her rheumatologist appointments').covered).toBe(true);
  });
});
