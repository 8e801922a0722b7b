import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// A question that asks only which way one role's pay compares ("higher or lower", whatever opens the sentence) or how
// it is ("what's the pay like"), naming nothing to compare with: the fact that compares for that role answers it.
describe('which way the pay compares, answered by a fact that compares', () => {
  it.each([
    [['how much do care managers make', 'and case managers, is their salary higher or lower?']],
    [["what's the pay like for case managers?"]],
  ])('%j', (messages) => {
    expect(ask(...messages)).toMatchObject({ kind: 'answer', topic: 'salary', roles: CASE, covered: true });
  });
  it.each(['how much more do case managers make?', 'are case managers paid more than bedside nurses'])(
    '%s still asks a figure',
    (question) => {
      expect(ask(question)).toMatchObject({ topic: 'salary', roles: CASE, covered: false });
    },
  );
});

// A verb typed in an inflection is said by the facts' noun made from it: "knowing" the laws, "knowledge of healthcare
// laws".
describe("a verb's noun in the facts says it", () => {
  it.each([
    ['is knowing healthcare laws important for care managers?', CARE],
    ['is knowing the laws actually important for either of them', BOTH],
  ])('%s', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'skills', roles, covered: true });
  });
  it('a word no fact makes is still unsaid', () => {
    expect(ask('is coding important for care managers')).toMatchObject({ topic: 'skills', covered: false });
  });
});

// A word the knowledge's synonyms read as a term the facts write is said in the facts' words: "paperwork" is the care
// managers' "administrative duties". A word read as the topic's own name ("license" of certification) is still a kind
// of it, unsaid unless named.
describe("the synonyms' term in the facts says it", () => {
  it.each([
    ['do care managers do paperwork for their clients?'],
    ['do care managers handle the paperwork for their clients?'],
  ])('%s', (question) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'duties', roles: CARE, covered: true });
  });
  it('a word read as the topic itself is still unsaid', () => {
    expect(ask('do care managers need a license?')).toMatchObject({ topic: 'certification', covered: false });
  });
  it('a kind of it the facts do not name is still unsaid', () => {
    expect(ask('do care managers help with insurance paperwork')).toMatchObject({ topic: 'duties', covered: false });
  });
});
