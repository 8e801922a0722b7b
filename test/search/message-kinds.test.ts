import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';

// The kind of a message (small talk, a decline, an answer) as a user sees it, read in its thread.

describe('closing a thread', () => {
  it('reads a remark followed by thanks or a wish as small talk, whatever the remark says', () => {
    for (const [thread, closing] of [
      ['how much do care managers make', 'ha, about what i guessed. thank you'],
      ['what does a case manager do', 'wow, busy job. cheers'],
      ['what does a case manager do', 'great, that covers everything i wanted, have a nice evening'],
      ['how much do care managers make', 'they earn more than i thought lol. thanks'],
    ] as const) {
      expect(ask(thread, closing), closing).toMatchObject({ kind: 'smalltalk' });
    }
  });

  it('still answers what is asked before the thanks', () => {
    expect(ask('what does a case manager do', 'and the other one, thanks')).toMatchObject({
      kind: 'answer',
      topic: 'duties',
      roles: ['care-manager'],
    });
    expect(ask('what does a case manager do', 'their pay next please, thanks')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: ['case-manager'],
    });
    expect(ask('what does a case manager do', 'go on, thanks')).toMatchObject({ kind: 'answer', topic: 'duties' });
  });

  it('reads a yes-or-no question after small talk as a question, with or without its "?"', () => {
    expect(ask('what does a case manager do', 'cool, do they need a nursing degree')).toMatchObject({
      kind: 'answer',
      topic: 'education',
      roles: ['case-manager'],
    });
  });
});

describe('questions asked of the thread', () => {
  it('answers a question put to "that" or "those" on the thread, though its other words are unknown', () => {
    expect(ask('how much do case managers make', 'is that from a survey or just a guess')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: ['case-manager'],
    });
    expect(
      ask('what skills do care managers need', 'honestly i procrastinate a lot, does that rule me out'),
    ).toMatchObject({ kind: 'answer', roles: ['care-manager'] });
  });

  it('reads an activity after "also" or "too" as what the role is asked whether it does', () => {
    expect(ask('what do care managers do', 'do they also arrange hospice referrals')).toMatchObject({
      kind: 'answer',
      topic: 'duties',
      roles: ['care-manager'],
    });
  });

  it('still declines what has no subject of ours', () => {
    expect(ask('what do care managers do', 'is it snowing outside')).toMatchObject({ kind: 'declined' });
  });
});

describe('one particular person, by grammar', () => {
  it('declines someone assigned to a particular person or place, with or without a role named', () => {
    expect(ask('is Tom Reyes the case manager assigned to my grandmother')).toMatchObject({
      kind: 'declined',
      reason: 'lookup',
    });
    expect(ask('where do care managers work', 'ok who is the one assigned to room 40')).toMatchObject({
      kind: 'declined',
      reason: 'lookup',
    });
    expect(ask('are case managers assigned to each unit')).toMatchObject({ kind: 'answer' });
  });

  it("declines someone's own role-holder named through a possessive noun", () => {
    expect(ask("who's my aunt's case manager")).toMatchObject({ kind: 'declined', reason: 'lookup' });
    expect(ask("what's my grandpa's care manager's phone")).toMatchObject({ kind: 'declined', reason: 'lookup' });
  });

  it('reads a bare "number" for a plural role as a figure, a phone\'s number as a line', () => {
    expect(ask('how much do case managers earn', 'and the real number for care managers')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: ['care-manager'],
    });
    expect(ask("what's the phone number for case managers")).toMatchObject({ kind: 'declined', reason: 'lookup' });
  });

  it('declines a request to pull something up or post it', () => {
    expect(ask('could you pull up the care manager roster')).toMatchObject({ kind: 'declined', reason: 'lookup' });
    expect(ask('can you post a care manager opening on our careers page')).toMatchObject({ kind: 'declined' });
  });
});

describe('acknowledging', () => {
  it('reads an agreement or thanks in another language as small talk', () => {
    for (const message of ['lol fair enough', 'merci!', 'ahh i see']) {
      expect(ask('what does a case manager do', message), message).toMatchObject({ kind: 'smalltalk' });
    }
  });
});

describe("another profession's questions", () => {
  it('declines a modified RN asked about, and an unknown initialism compared with another', () => {
    expect(ask('how much does an ortho RN earn')).toMatchObject({ kind: 'declined', reason: 'other-job' });
    expect(ask("what's the difference between an LPT and a PTA")).toMatchObject({ kind: 'declined' });
  });

  it('answers our roles beside them', () => {
    expect(ask('can an ortho RN become a care manager')).toMatchObject({ kind: 'answer', roles: ['care-manager'] });
    expect(ask('do case managers earn more than an ortho RN')).toMatchObject({ kind: 'answer', topic: 'salary' });
  });
});
