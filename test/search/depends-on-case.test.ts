import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { ask, CARE, CASE } from '../support/ask.ts';

const answerer = createAnswerer(loadKnowledge());

// Issue 18: a figure the facts say depends on something ("depending on your degree") is a range, not the figure for
// the asker's own case; asking it for one case is not covered, asking it in general is.
describe('a figure asked for one case where the facts say it depends', () => {
  it('the years of supervision with a named degree are not given', () => {
    const question = 'for the care manager certification, how much supervised time do I need if my degree is a BA?';
    expect(ask(question)).toMatchObject({ topic: 'certification', roles: CARE, covered: false });
    expect(answerer.ask(question).gap).toBe(
      'Nothing in the article says which applies to you, only that it depends on the degree.',
    );
  });

  it('the case stated before the question counts too', () => {
    expect(
      ask('I hold an associate degree. How much supervised experience does the care manager certification want?'),
    ).toMatchObject({ topic: 'certification', roles: CARE, covered: false });
  });

  it('the figure asked in general is the range the facts give', () => {
    expect(ask('how much supervised experience is needed for the care manager credential')).toMatchObject({
      topic: 'certification',
      roles: CARE,
      covered: true,
    });
  });
});

// What the knowledge ties things to ("each state has its own requirements" of experience) asked of a topic whose
// facts never name it is unsaid there.
describe('a kind things depend on, asked of facts that never name it', () => {
  it.each([
    ['would a CCM earned in Ohio still be good across state lines', 'certification', CASE],
    ['what degree do case managers need in each state', 'education', CASE],
  ])('%s: not covered', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ topic, roles, covered: false });
  });

  it('asked of the facts that tie the years to it, it is answered', () => {
    expect(ask('is the nursing experience case managers need the same in each state')).toMatchObject({
      topic: 'experience',
      roles: CASE,
      covered: true,
    });
  });

  it('the asker naming another case is no case of what a figure depends on', () => {
    expect(ask("I'm a medical assistant - how much experience do you need to become a case manager?")).toMatchObject({
      topic: 'experience',
      roles: CASE,
      covered: true,
    });
  });
});
