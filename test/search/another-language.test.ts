import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18: a question written in another language is still a question: what the message says before it in words we
// know is its context, and in a thread it goes on with the thread, as an English question of everyday words does.

describe('a question in another language', () => {
  it('after a statement we can read, the statement is its context, not what is asked', () => {
    expect(
      ask('mi amigo es case manager en el hospital y usa la computer todo el tiempo. le gusta a todos ese trabajo?'),
    ).toMatchObject({ kind: 'answer', topic: 'work-environment', roles: CASE });
  });

  it('in a thread, a short question goes on with it', () => {
    expect(ask('what degree do care managers need', 'eso es todo?')).toMatchObject({
      kind: 'answer',
      topic: 'education',
      roles: CARE,
    });
  });

  it('words of another language that ask nothing are not taken for a follow-up', () => {
    expect(ask('what degree do care managers need', 'hace frio hoy')).toMatchObject({ kind: 'declined' });
  });
});

describe("Spanish's question words", () => {
  it('"donde" asks where, as "where" does', () => {
    expect(ask('en donde trabajan los care managers?')).toMatchObject({
      kind: 'answer',
      topic: 'work-environment',
      roles: CARE,
    });
  });

  it('"cuanto" asks how much', () => {
    expect(ask('cuanto le pagan a un case manager')).toMatchObject({ kind: 'answer', topic: 'salary', roles: CASE });
  });
});
