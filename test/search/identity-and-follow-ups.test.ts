import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// What the round-15 readings leave alone, in wordings of our own: each shape is English's, and each has a near form
// that asks something else.
describe('two titles asked to be one job (identity.ts)', () => {
  it('a modal "be" asks whether one may become one, not what it is', () => {
    expect(ask('could a paramedic be a case manager')).not.toMatchObject({ topic: 'definition' });
  });

  it('"the same" said of a thing the jobs need compares that thing', () => {
    expect(ask('do case managers and care managers get the same certification')).toMatchObject({
      topic: 'certification',
      roles: BOTH,
    });
  });

  it('two of our own roles by their own titles are compared, which the facts do', () => {
    expect(ask('how is a caseworker different from a care manager?')).toMatchObject({
      topic: 'definition',
      roles: BOTH,
      covered: true,
    });
  });

  it('a title named around the question is not likened', () => {
    expect(
      ask(
        'my coworker talks about case managers and care managers like they are the same thing, what is the difference',
      ),
    ).toMatchObject({ topic: 'definition', roles: BOTH, covered: true });
  });

  it('what restricts a title likened says which of its kind, not what is asked', () => {
    expect(ask('so is a case manager just a care manager who works from an office?')).toMatchObject({
      topic: 'definition',
      roles: BOTH,
    });
  });

  it('the words of a title likened are its name, not terms of a topic', () => {
    expect(ask('is a wound care nurse basically a care manager')).toMatchObject({
      topic: 'definition',
      roles: CARE,
      covered: false,
    });
  });

  it('"whose job is it" is no likeness', () => {
    expect(ask('what does a care manager do', 'is booking rides the case manager job then?')).not.toMatchObject({
      topic: 'definition',
    });
  });
});

describe('follow-ups that refer back (round 15)', () => {
  it('"he", "she" stand for the person in the thread\'s role', () => {
    expect(ask('where do care managers work', 'does he ever go to nursing homes')).toMatchObject({
      topic: 'work-environment',
      roles: CARE,
    });
  });

  it('who pays someone is who they work for; who pays more is the pay', () => {
    expect(ask('who pays a case manager, the hospital?')).toMatchObject({ topic: 'definition', roles: CASE });
    expect(ask('who pays better, case managers or care managers')).toMatchObject({ topic: 'salary', roles: BOTH });
  });

  it('a respect named apart decides the topic, alone or in a thread', () => {
    expect(ask('is care management a good fit for me money-wise?')).toMatchObject({ topic: 'salary', roles: CARE });
    expect(ask('what certification do case managers need', 'and when it comes to schooling?')).toMatchObject({
      topic: 'education',
      roles: CASE,
    });
  });

  it('whether something exists is asked of the thread, and said only by its facts', () => {
    expect(ask('what education do care managers need', 'is there a loophole for that?')).toMatchObject({
      kind: 'answer',
      topic: 'education',
      roles: CARE,
      covered: false,
    });
    // Read alone it has nothing of ours.
    expect(ask('any shortcuts?')).toMatchObject({ kind: 'declined' });
  });

  it('one of the pair, picked by its place or by what only it does; a thread on one role picks nothing', () => {
    expect(ask('case vs care managers', 'and the former, where do they work?')).toMatchObject({
      topic: 'work-environment',
      roles: CASE,
    });
    expect(ask('compare case and care managers', 'what degree do the hospital ones need')).toMatchObject({
      topic: 'education',
      roles: CASE,
    });
    expect(ask('how much do care managers earn', 'and the RN ones?')).toMatchObject({ topic: 'salary', roles: CARE });
  });
});
