import { describe, expect, it } from 'vitest';
import { soundKey } from '../../src/search/sounds-like.ts';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Issue 18: a name of ours said aloud reaches the bot letter by letter ("n a c c m") or as it sounded ("Kay's
// managers"), as speech-to-text writes it.

describe('a name spelled out letter by letter', () => {
  it('an organisation spelled out names its role', () => {
    expect(ask('who gives out the n a c c m credential')).toMatchObject({
      kind: 'answer',
      topic: 'certification',
      roles: CARE,
    });
  });

  it("the case managers' certifying body spelled out", () => {
    expect(ask('is the c c m c hard to pass')).toMatchObject({ kind: 'answer', topic: 'certification', roles: CASE });
  });

  it('a short form spelled out is the short form', () => {
    expect(ask('how much do c m s make')).toMatchObject({ kind: 'answer', topic: 'salary', roles: BOTH });
  });
});

describe('a role heard as another word', () => {
  it.each([["what do Kay's managers earn"], ['do kayce managers need an RN']])('%s → case managers', (question) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', roles: CASE });
  });

  it('a common English word before the name is meant as typed', () => {
    expect(ask('what do cash managers make')).toMatchObject({ kind: 'declined' });
  });

  it('words that sound alike share a key, others do not', () => {
    expect(soundKey('kays')).toBe(soundKey('case'));
    expect(soundKey('cair')).toBe(soundKey('care'));
    expect(soundKey('case')).not.toBe(soundKey('care'));
  });
});
