import { describe, expect, it } from 'vitest';
import { ask, CARE, CASE } from '../support/ask.ts';

// A word the general vocabulary does not know, asked of a role: a tool's name typed in lower case or a clipped word
// the knowledge never writes is not stated; shorthand for a word the knowledge writes, a contraction typed without
// its apostrophe, or a word that only says which of a thing the facts state, asks nothing unsaid.
describe('words the vectors do not know, asked of a role', () => {
  it.each([
    ['do case managers handle precerts', CASE],
    ['do care managers use medisoft or something', CARE],
  ])('%s: flagged', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', roles, covered: false });
  });

  it.each([
    ['do care managers do psych stuff', CARE],
    ['do care managers book his cardiologist appointments', CARE],
    ['do case managers arent they in offices', CASE],
    ['do case managers have to redo the certification exam', CASE],
  ])('%s: covered', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', roles, covered: true });
  });
});
