import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 13 (wave 2): a question word asking of the bot itself, and an opening asked of as existing now.

describe('a question word before "do/are you" asks about the bot', () => {
  it.each([['where do u get all this from?'], ['why are you so slow today'], ['what did you just say']])(
    '%s → small talk',
    (message) => {
      expect(ask(message)).toMatchObject({ kind: 'smalltalk' });
    },
  );

  it('"how do you ..." asks a way of doing, its "you" anyone', () => {
    expect(ask('how do you get into case management')).toMatchObject({ kind: 'answer', roles: CASE });
  });

  it('a role of ours after "you" is a question about it', () => {
    expect(ask('what do you earn as a care manager')).toMatchObject({ kind: 'answer', topic: 'salary', roles: CARE });
  });
});

describe('"any openings": a post open now, which only the employer can tell', () => {
  it.each([['any vacancies for case managers right now?'], ['r there any CM openings at the moment']])(
    '%s → declined as a lookup',
    (message) => {
      expect(ask(message)).toMatchObject({ kind: 'declined', topic: null });
    },
  );

  it('after a thread, "any openings" is not answered on the thread', () => {
    expect(ask('what do care managers do', 'got any openings?')).toMatchObject({ kind: 'declined' });
  });

  it('"a care manager opening" is a post in general: its question is answered', () => {
    expect(ask('what skills should I screen for when filling a care manager opening')).toMatchObject({
      kind: 'answer',
      roles: CARE,
    });
  });

  it('the roles compared with no opening asked still answer', () => {
    expect(ask('any difference between case and care managers?')).toMatchObject({ kind: 'answer', roles: BOTH });
  });
});

describe('something near one particular place: a local search', () => {
  it.each([['where can i get good tacos near the hospital'], ['are there CCM prep classes near me']])(
    '%s → declined',
    (message) => {
      expect(ask(message)).toMatchObject({ kind: 'declined', topic: null });
    },
  );

  it('"near" an amount or a point on a scale is no place', () => {
    expect(ask('can a care manager earn near 80k')).toMatchObject({ kind: 'answer', topic: 'salary', roles: CARE });
    expect(ask('is case manager pay near the top for nurses')).toMatchObject({ kind: 'answer', topic: 'salary' });
  });
});
