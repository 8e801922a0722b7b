import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Probe of threads as people write them (issue 18, round 16), in wordings of our own: a role corrected inside one
// message, a role named by what its facts say rather than by its title, a bare "CM" set against one of the pair, and
// a follow-up that asks the thread's question again of another role.
describe('probe: a correction inside one message replaces the role before it', () => {
  it.each([
    ['what do case managers earn, wait no, care managers', 'salary', CARE],
    ['where do care managers work... actually scratch that, case managers', 'work-environment', CASE],
    ['skills for case managers, I mean care managers', 'skills', CARE],
    ['how much experience do care managers need, sorry, I meant case managers', 'experience', CASE],
    ['what degree does a case manager need — no wait, a care manager', 'education', CARE],
    ['do care managers need certification? oops I mean case managers', 'certification', CASE],
    ['what does a case manager do all day, correction: a care manager', 'duties', CARE],
    ['salary of a care manager, or rather a case manager', 'salary', CASE],
    ['where do case managers usually work, no sorry, care managers', 'work-environment', CARE],
    ['what skills does a care manager need — err, I mean a case manager', 'skills', CASE],
    ['how long until a case manager is certified, make that a care manager', 'certification', CARE],
    ['what schooling do care managers need, I meant to say case managers', 'education', CASE],
    ['case manager pay? wait, no — care manager pay', 'salary', CARE],
    ['what do care managers do, scratch that, case managers', 'duties', CASE],
    ['years of experience for a case manager, actually no, a care manager', 'experience', CARE],
    ['where are care managers based, I mean case managers sorry', 'work-environment', CASE],
    ['what certs do case managers hold, sorry I mean care managers', 'certification', CARE],
    ['what do care managers make a year? no wait, case managers', 'salary', CASE],
    ['skills a case manager needs... I meant a care manager', 'skills', CARE],
    ['what is a care manager, sorry, I mean a case manager', 'definition', CASE],
  ])('%s → %s %j', (question, topic, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it.each([
    ['what do case managers do all day', 'oh sorry I meant care managers', 'duties', CARE],
    ['how much do care managers make', 'wait, I meant case managers, sorry', 'salary', CASE],
    ['where do case managers work', 'oops meant care managers', 'work-environment', CARE],
    [
      'what certification do care managers need',
      'sorry I meant case managers, we are a hospital',
      'certification',
      CASE,
    ],
    ['what skills does a case manager need', 'my bad, I meant care managers, we do home visits', 'skills', CARE],
  ])("%s / %s → %s %j: the thread's topic is kept", (first, question, topic, roles) => {
    expect(ask(first, question)).toMatchObject({ kind: 'answer', topic, roles });
  });
});

describe('probe: a role named by what its facts say', () => {
  it.each([
    ['case manager vs care manager', 'and the hospital one, what does she earn', 'salary', CASE],
    ['case manager vs care manager', 'what degree does the hospital one need', 'education', CASE],
    ['whats the difference between case and care managers', 'how much does the private one charge', 'salary', CARE],
    [
      'whats the difference between case and care managers',
      'what certs does the private one need',
      'certification',
      CARE,
    ],
    ['compare case managers and care managers', 'the one from the hospital, what skills does she need', 'skills', CASE],
    [
      'compare case managers and care managers',
      'and the one who visits at home, what does that one make',
      'salary',
      CARE,
    ],
    ['difference between a care manager and a case manager?', 'what does the hospital-based one earn', 'salary', CASE],
    ['difference between a care manager and a case manager?', 'is the home visit one certified', 'certification', CARE],
    ['case vs care manager', 'and the one at the hospital, how many years of experience?', 'experience', CASE],
    ['case vs care manager', 'what skills does the in-home one need', 'skills', CARE],
    ['case managers and care managers, what do they do', 'does the hospital one need a degree', 'education', CASE],
    [
      'how do case managers differ from care managers',
      'the insurance one, where do they work',
      'work-environment',
      CASE,
    ],
  ])('%s / %s → %s %j', (first, question, topic, roles) => {
    expect(ask(first, question)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it.each([
    [
      'where do case managers work',
      'wait I meant care managers',
      'back to the first one, what do they earn',
      'salary',
      CASE,
    ],
    ['what do care managers do', 'and case managers?', 'going back to the first one, what degree?', 'education', CARE],
    [
      'how much do case managers make',
      'and care managers',
      'ok back to the first one, where do they work',
      'work-environment',
      CASE,
    ],
  ])("%s / %s / %s → %s %j: the first one is the thread's first role", (a, b, question, topic, roles) => {
    expect(ask(a, b, question)).toMatchObject({ kind: 'answer', topic, roles });
  });
});

describe('probe: a bare "CM" set against one of the pair is the other', () => {
  it.each([
    ['diff between a CM and a care mgr', CASE],
    ['difference between a CM and a case manager', CARE],
    ['how is a CM different from a case manager', CARE],
    ['CM versus care manager, what is the difference', CASE],
    ['care manager and CM, what is the difference', CASE],
    ['whats the difference between CMs and case managers', CARE],
    ['a CM compared with a care manager?', CASE],
    ['difference between the CM and the care manager', CASE],
    ['what is the difference between a care manager and a CM', CASE],
    ['CM vs a case manager - what is the difference', CARE],
    ['compare a CM to a care manager', CASE],
    ['the difference between CMs and care mgrs', CASE],
    ['how do CMs differ from case managers', CARE],
    ['is a CM different from a care manager', CASE],
    ['a case manager or a CM, what is the difference', CARE],
    ['pay difference between a CM and a case manager', CARE],
    ['CM as opposed to a care manager: what is different', CASE],
    ['diff between CM and case mgr?', CARE],
    ['what is the difference, a CM and a care manager', CASE],
  ])('%s → %j with the other', (question, other) => {
    const answer = ask(question);
    expect(answer.kind).toBe('answer');
    expect(answer.roles).toEqual(expect.arrayContaining(other));
  });

  it.each([
    ['whats the diff between a CM and a care manager', 'ok the CM one, what degree do they need', 'education', CASE],
    ['difference between a CM and a case manager', 'and the CM one, how much do they make', 'salary', CARE],
  ])('%s / %s → %s %j: the short form goes on standing for it', (first, question, topic, roles) => {
    expect(ask(first, question)).toMatchObject({ kind: 'answer', topic, roles });
  });
});

describe("probe: the thread's question asked again of another role", () => {
  it.each([
    ['how many years of experience do case managers need', 'what about care managers, same deal?', 'experience', CARE],
    ['what degree do care managers need', 'and case managers, same?', 'education', CASE],
    ['where do case managers work', 'care managers too, same thing?', 'work-environment', CARE],
    ['what do care managers earn', 'same for case managers?', 'salary', CASE],
    ['what certs do case managers need', 'is it the same deal for care managers', 'certification', CARE],
  ])('%s / %s → %s %j', (first, question, topic, roles) => {
    expect(ask(first, question)).toMatchObject({ kind: 'answer', topic, roles });
  });
});

describe('probe: "which one" after a pair asks of both', () => {
  it.each([
    ['difference between case and care managers', "which one goes to people's houses", BOTH],
    ['case vs care manager', "which one would come to my dad's place", BOTH],
  ])('%s / %s → %j', (first, question, roles) => {
    expect(ask(first, question)).toMatchObject({ kind: 'answer', roles });
  });
});

// Left as found: the facts never write "hands" (hands-on is their "direct" care, which no word list joins to it); a
// private one's "cost" reads as the exam's cost; a contact clause ("the one the family hires") and "the first" with no
// word for people after it are not read as a pick; "apart from" is no phrase that sets apart here.
describe('probe: left as found', () => {
  it.fails.each([
    ['case manager or care manager?', 'where does the hands-on one work', 'work-environment', CARE],
    ['case manager or care manager?', 'how much schooling for the hands on one', 'education', CARE],
    ['case managers and care managers, what do they do', 'what would a private one cost', 'salary', CARE],
    ['how do case managers differ from care managers', 'what does the one the family hires earn', 'salary', CARE],
  ])('%s / %s → %s %j', (first, question, topic, roles) => {
    expect(ask(first, question)).toMatchObject({ kind: 'answer', topic, roles });
  });

  it.fails('what certs do care managers need / what about case managers / back to the first, how much experience', () => {
    expect(
      ask('what certs do care managers need', 'what about case managers', 'back to the first, how much experience'),
    ).toMatchObject({ kind: 'answer', topic: 'experience', roles: CARE });
  });

  it.fails('what sets a CM apart from a case manager, the difference? → the care manager too', () => {
    expect(ask('what sets a CM apart from a case manager, the difference?').roles).toEqual(
      expect.arrayContaining(CARE),
    );
  });
});
