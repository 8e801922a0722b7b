import { describe, expect, it } from 'vitest';
import { choosesBetween, fitFrame, namesCompany, weighsFit } from '../../src/search/fit.ts';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 15 (LABELLING.md 7): a choice between the roles weighed for the asker asks the trait the asker names,
// and how directly the roles work with the people they serve is what their duties open with.

const words = (text: string) => text.split(' ');
const nothing = () => false;
const marks = { role: nothing, chooses: nothing, term: nothing };

describe('the grammar of a choice weighed for the asker (fit.ts)', () => {
  it.each([
    ['which one would you go with', true],
    ['which would be the right pick for me', true],
    ['which of the two do you like', false],
  ])('"%s" weighs a fit: %s', (text, expected) => {
    expect(choosesBetween(words(text), marks) && weighsFit(words(text))).toBe(expected);
  });

  it('an adjective of fit after a verb is that verb\'s ("pays better"), not a choice weighed', () => {
    expect(weighsFit(words('which one pays better'))).toBe(false);
    expect(weighsFit(words('which one is better'))).toBe(true);
  });

  it('alternatives of its own are what a choice is between; ours set side by side are the pair', () => {
    const role = (i: number) => [0, 2].includes(i);
    expect(choosesBetween(words('case or care work is better for me'), { ...marks, role })).toBe(true);
    expect(choosesBetween(words('soup or salad which is better for me'), marks)).toBe(false);
  });

  it('"which of those" before a noun of ours chooses among those things', () => {
    const term = (i: number) => i === 3;
    expect(choosesBetween(words('which of those exams is best'), { ...marks, term })).toBe(false);
  });

  it('the frame is the word of fitting and the grammar around it; the rest names the trait', () => {
    const tokens = words('which one would suit me more if i want calm days');
    const frame = [...fitFrame(tokens)].sort((a, b) => a - b);
    expect(frame.map((i) => tokens[i])).toEqual(['would', 'suit', 'me', 'more']);
  });
});

describe('a choice weighed for the asker, answered', () => {
  it('no trait named: the whole comparison, not declined', () => {
    expect(ask('honestly, which would you go for?')).toMatchObject({
      kind: 'answer',
      topic: 'definition',
      roles: BOTH,
    });
  });

  it('a quality said before the choice is the trait: the skills, flagged when the facts do not describe it', () => {
    expect(ask("I'm rather shy and quiet, which of the two suits me?")).toMatchObject({
      topic: 'skills',
      roles: BOTH,
      covered: false,
    });
  });

  it('what the choice itself wants outweighs the past said before it', () => {
    expect(ask('paramedic for 9 yrs. would case or care management be better if I want weekends off?')).toMatchObject({
      topic: 'work-environment',
      roles: BOTH,
      covered: false,
    });
  });

  it("a job said before any choice between the roles is the asker's own, not another job declined", () => {
    expect(ask('respiratory therapist here. which of these needs more schooling?')).toMatchObject({
      kind: 'answer',
      topic: 'education',
      roles: BOTH,
    });
  });

  it('a choice in a thread is between the pair the thread discussed', () => {
    expect(ask('what is a case manager', 'and a care manager?', 'which earns more')).toMatchObject({
      topic: 'salary',
      roles: BOTH,
    });
  });

  it('"which pays better" still asks the pay, whatever the asker says first', () => {
    expect(ask('I have an MSW and two years of hospice work. which one pays better?')).toMatchObject({
      topic: 'salary',
    });
  });
});

describe('whom the roles work with (fit.ts namesCompany)', () => {
  it.each([
    ['which role interacts more with clients?', BOTH],
    ['is case management mostly paperwork or real patient contact', CASE],
    ['do care managers actually sit down with families face to face', CARE],
  ])('%s → the duties', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'duties', roles });
  });

  it.each([
    ['how much experience with patients should a care manager have', 'experience'],
    ['where do case managers meet with families', 'work-environment'],
    ["I'm not great with people, can I still be a care manager?", 'skills'],
    ['is a patient advocate the same as a case manager', 'definition'],
  ])('%s → not the company: %s', (question, topic) => {
    expect(ask(question)).toMatchObject({ topic });
  });

  it('a description saying which role is meant asks nothing of it', () => {
    // Stemmed, as the analysis reads a sentence.
    const tokens = words('which is which the one who talk with patient');
    const none = { phrase: nothing, term: nothing, content: nothing, jobHead: nothing, quality: nothing };
    expect(namesCompany(tokens, none)).toBe(false);
    expect(namesCompany(words('which one talk with patient'), none)).toBe(true);
  });
});
