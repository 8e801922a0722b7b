import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 17: the line between a question of ours and a decline or small talk, both ways. Wordings of our own.

describe('a message that says it leaves the thread', () => {
  it('is read alone: another job asked after it is declined, not asked of the thread', () => {
    expect(ask('what do case managers make', 'ok unrelated but what do OTs earn')).toMatchObject({ kind: 'declined' });
    expect(ask('do care managers need a degree', 'different question, what does a PCA do')).toMatchObject({
      kind: 'declined',
    });
    expect(ask('what do case managers make', 'cool. unrelated but where do I get a flu shot')).toMatchObject({
      kind: 'declined',
    });
  });

  it('a question of ours after it is answered on its own', () => {
    expect(
      ask('what do care managers make', 'different question, what certification do case managers need'),
    ).toMatchObject({ kind: 'answer', topic: 'certification', roles: CASE });
  });
});

describe('"who" with a comparative, nobody named', () => {
  it('chooses between our roles, as "which pays more" does', () => {
    expect(ask('who earns more')).toMatchObject({ kind: 'answer', topic: 'salary', roles: BOTH });
    expect(ask('who makes more', 'by how much')).toMatchObject({ kind: 'answer', topic: 'salary', roles: BOTH });
  });

  it('between other jobs named, is theirs', () => {
    expect(ask('who makes more, pharmacists or dentists?')).toMatchObject({ kind: 'declined' });
  });
});

describe('the bot named as a thing', () => {
  it('is small talk said of the bot', () => {
    for (const q of ['this bot is pretty useless', 'the bot is great honestly', 'this thing rocks'])
      expect(ask(q), q).toMatchObject({ kind: 'smalltalk' });
  });

  it('what the bot said about our roles is asked about', () => {
    expect(ask('the bot said care managers earn more, is that true')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: CARE,
    });
  });
});

describe('"orgs" for organizations', () => {
  it('asks the thread which organizations', () => {
    expect(ask('do care managers need to be certified', 'which orgs?')).toMatchObject({
      kind: 'answer',
      topic: 'certification',
      roles: CARE,
    });
  });
});

describe('a colleague named as the one asking', () => {
  it('is whom the asker asks for, not another job asked about', () => {
    expect(ask('what are the CCM requirements? got a nurse on my floor asking')).toMatchObject({
      kind: 'answer',
      topic: 'certification',
      roles: CASE,
    });
    expect(ask('one of my LPNs was asking what care managers make')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: CARE,
    });
  });

  it('"asking for me" is the asker\'s own frame: the job before it is still asked about', () => {
    expect(ask('what do travel nurses make, asking for me')).toMatchObject({ kind: 'declined' });
  });
});

describe('a description that picks one of the pair, and nothing else', () => {
  it("asks the thread's question of the role it picks", () => {
    expect(ask('case manager vs care manager pay', 'and the home visit one?')).toMatchObject({
      kind: 'answer',
      topic: 'salary',
      roles: ['care-manager'],
    });
  });
});
