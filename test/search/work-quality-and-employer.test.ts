import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildLexicon } from '../../src/search/lexicon.ts';
import { aspectOfWork } from '../../src/search/work-quality.ts';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 15: a quality of the work no list names, read as the aspect of the work nearest it in meaning; a
// particular party named as whom a role works for, read as the definition's "who they work for".

describe('the aspect of the work a quality is nearest', () => {
  const lexicon = buildLexicon(loadKnowledge());

  it('chooses among the aspects of the work by meaning', () => {
    expect(aspectOfWork(lexicon, ['tuesday'])?.id).toBe('hours');
    expect(aspectOfWork(lexicon, ['frantic'])?.nearest).toBe('work-environment');
  });

  it('reads nothing near none of them', () => {
    expect(aspectOfWork(lexicon, ['raining'])).toBeUndefined();
    expect(aspectOfWork(lexicon, ['qwzxv'])).toBeUndefined();
  });
});

describe('a quality of the work asked of a role', () => {
  it.each([
    ['are care managers miserable', CARE],
    ['how tiring is case management', CASE],
    ['do care managers ever feel overwhelmed', CARE],
    ['is nurse case management tedious or is it kind of fun', CASE],
  ])('%s → the work environment, not covered', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'work-environment', roles, covered: false });
  });

  it('leaves what the role is, does or needs to its own topic', () => {
    expect(ask('is a care manager a nurse')).toMatchObject({ topic: 'definition' });
    expect(ask('how important is negotiation for a care manager')).toMatchObject({ topic: 'skills' });
    expect(ask('how long is a care manager certified for')).toMatchObject({ topic: 'certification' });
    expect(ask('do care managers meet clients face to face or are they mostly on the phone')).not.toMatchObject({
      topic: 'work-environment',
    });
  });
});

describe('the party a role works for', () => {
  it.each([
    ['does the care manager work for the patient', CARE],
    ['is the case manager employed by the medical center or by the insurer', CASE],
    ['right, so my dad’s case manager works for the hospital?', CASE],
  ])('%s → the definition', (question, roles) => {
    expect(ask(question)).toMatchObject({ kind: 'answer', topic: 'definition', roles, covered: true });
  });

  it('leaves a kind of place, or one they can work for, to the work environment', () => {
    expect(ask('do care managers work for home care agencies')).toMatchObject({ topic: 'work-environment' });
    expect(ask('could a case manager work for the health department')).toMatchObject({ topic: 'work-environment' });
  });

  it('leaves a rate and a payer of something else to their own topics', () => {
    expect(ask('are care managers paid by the hour')).toMatchObject({ topic: 'salary' });
    expect(ask('who pays for the case manager certification exam')).toMatchObject({ topic: 'certification' });
  });
});
