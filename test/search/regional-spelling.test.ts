import { describe, expect, it } from 'vitest';
import { otherSpellings, readAsFactsSpell } from '../../src/search/regional-spelling.ts';
import { ask } from '../support/ask.ts';

describe('a word in the other regional spelling is the facts’ word', () => {
  it.each([
    ['licence', 'license'],
    ['colours', 'colors'],
    ['organised', 'organized'],
    ['analyse', 'analyze'],
    ['centre', 'center'],
    ['catalogue', 'catalog'],
    ['programme', 'program'],
    ['counselling', 'counseling'],
    ['paediatric', 'pediatric'],
  ])('%s is also written %s', (british, american) => {
    expect(otherSpellings(british)).toContain(american);
    expect(readAsFactsSpell(british, new Set([american]))).toBe(american);
    expect(readAsFactsSpell(american, new Set([british]))).toBe(american === 'pediatric' ? american : british);
  });

  it('keeps a word the facts write, and a short one', () => {
    expect(readAsFactsSpell('licence', new Set(['licence', 'license']))).toBe('licence');
    expect(readAsFactsSpell('four', new Set(['for']))).toBe('four');
    expect(readAsFactsSpell('filling', new Set(['filing']))).toBe('filling');
  });

  it('reads a word again as each set of spellings writes it, however often it is asked', () => {
    const american = new Set(['colored']);
    const british = new Set(['coloured', 'colour']);
    for (let round = 0; round < 3; round += 1) {
      expect(readAsFactsSpell('coloured', american)).toBe('colored');
      expect(readAsFactsSpell('coloured', british)).toBe('coloured');
      expect(readAsFactsSpell('colored', british)).toBe('coloured');
    }
  });

  it('a care manager asked for a licence in British spelling is not covered, as in American', () => {
    expect(ask('would a care manager need a licence to practise?')).toMatchObject({ kind: 'answer', covered: false });
    expect(ask('would a care manager need a license to practice?')).toMatchObject({ kind: 'answer', covered: false });
  });
});
