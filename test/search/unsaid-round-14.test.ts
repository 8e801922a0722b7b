import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { replay } from '../../src/conversation/context.ts';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

const answerer = createAnswerer(loadKnowledge());
const gapOf = (...messages: string[]) =>
  answerer.ask(messages.at(-1) ?? '', replay(answerer, messages.slice(0, -1))).gap;

// Issue 18, round 14: kinds of question whose answer the facts do not give, though their words are on the topic.
describe('what the facts do not say, round 14', () => {
  it('a quantified subject ("some of them", "any care managers") is asked what follows, as "they" is', () => {
    expect(ask('where can care managers work?', 'do some of them work at hospitals?')).toMatchObject({
      topic: 'work-environment',
      roles: CARE,
      covered: false,
    });
    expect(ask('where can care managers work?', 'do any of them work in nursing homes?').covered).toBe(true);
  });

  it('an alternative open to anything of its kind ("or some other program") does not answer which', () => {
    expect(gapOf('do care managers keep notes in Cerner or some other program?')).toContain('“Cerner”');
    expect(ask('do case managers file paperwork or something else')).toMatchObject({ roles: CASE, covered: true });
  });

  it('whom a role supervises is unsaid where no fact writes it; supervised experience is not that', () => {
    expect(ask('does a case manager oversee the CNAs on the floor?')).toMatchObject({ roles: CASE, covered: false });
    expect(gapOf('do case managers supervise anyone?')).toBe(
      'Nothing in the article says whom they supervise or oversee.',
    );
    expect(ask('how much supervised experience do care managers need').covered).toBe(true);
  });

  it('a sum set against both roles asks a figure of each', () => {
    expect(ask('could either role get you past 65k?')).toMatchObject({ topic: 'salary', roles: BOTH, covered: false });
    expect(gapOf('could either role get you past 65k?')).toBe(
      'Nothing in the article puts a figure on salary for case managers.',
    );
    expect(ask('does a case manager make more than a care manager?').covered).toBe(true);
  });

  it('a thing a role is set against after "than" is unsaid when the facts name none of it; the other role is not', () => {
    expect(gapOf('is working as a case manager safer than the ICU?')).toBe(
      'Nothing in the article says anything about “ICU”.',
    );
    expect(ask('do care managers work closer with patients than case managers?').covered).toBe(true);
  });

  it('the kind of what is asked to count, written by the facts of another topic, leaves which one to its words', () => {
    expect(ask('does my pharmacy tech experience count toward the NACCM certification')).toMatchObject({
      topic: 'certification',
      roles: CARE,
      covered: false,
    });
    // A field some fact of the knowledge names (social work, on the education) is no gap.
    expect(ask('does my social work degree count for the NACCM certification').covered).toBe(true);
  });

  it("schooling in a role's own field is named by no fact; the degrees a role needs are", () => {
    expect(ask('do colleges offer a care management major?')).toMatchObject({
      topic: 'education',
      roles: CARE,
      covered: false,
    });
    expect(gapOf('should I look for classes in case management at my college?')).toBe(
      'Nothing in the article names a degree, program or course in case management.',
    );
    expect(ask('what degree do care managers need').covered).toBe(true);
  });

  // Known miss since round 17's retrain: the topic model, learning from messages that stand alone, reads "any ... out
  // there for" as the pay's (MODEL_PREFERENCE; kept, judged leave-one-batch-out).
  it.fails('paying for the schooling (scholarships, financial aid) is an aspect of its own, pointing at the education', () => {
    expect(ask('any scholarships out there for future care managers?')).toMatchObject({
      topic: 'education',
      roles: CARE,
      covered: false,
    });
  });

  it("a relative of the asker's is the patient the facts speak of, never what is asked", () => {
    expect(ask('do care managers visit my dad at his house')).toMatchObject({ roles: CARE, covered: true });
    expect(ask('do care managers babysit my kids').covered).toBe(false);
  });

  it('"vs" alone sets two things side by side and ranks nothing; "which is better" ranks', () => {
    expect(ask('for care managers, how is the experience split, supervised vs direct?')).toMatchObject({
      topic: 'experience',
      covered: true,
    });
    expect(gapOf('ANCC vs CCMC for case managers, which is better')).toBe(
      'Nothing in the article compares them or says which comes first.',
    );
  });

  it('"another name for" asks whether two titles are one job, not for a person\'s name', () => {
    expect(ask("is 'patient advocate' another name for case manager?")).toMatchObject({
      kind: 'answer',
      topic: 'definition',
      roles: CASE,
      covered: false,
    });
    expect(ask("what's the name for the care manager on 4 west")).toMatchObject({ kind: 'declined' });
  });
});
