import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';

// Issue 18, round 15: a probe of the kind "not covered, said so", in wordings of our own (none from a labelled set).
// Each asks for something the article's sentences do not state (a share, the length of one thing, which of two
// named things ranks higher on a quality, what a role owns, a sum, a kind of a thing the facts name only in general):
// LABELLING.md's general test makes them `covered: false`. The controls ask what the facts do state.

describe('what the facts do not state is flagged, whatever the wording', () => {
  it.each([
    // a share or a statistic
    ['roughly what percent of care managers are social workers?'],
    ['what proportion of case managers hold a bachelors'],
    ['what fraction of their shift do case managers spend on the phone'],
    ['how much of a case manager’s time goes to charting'],
    ['percentage of care mgrs who are RNs?'],
    // the length of one thing
    ['how long is orientation for new case managers'],
    ['how many months is the supervised internship for care managers'],
    ['how long is a care manager practicum usually'],
    ['how many weeks of training do new care managers get'],
    // which of two named things ranks higher on a quality the facts never give
    ['which is more respected, the ANCC or the CCMC certification?'],
    ['is the CCMC credential or the ANCC one the more valued by employers?'],
    ['what is the single most useful skill for a care manager'],
    ['which case manager skill is the most underrated'],
    // what a role owns
    ['do care managers get their own parking spot'],
    ['can a case manager have her own office at the hospital'],
    ['could a care manager start her own agency'],
    // a kind of what the facts name only in general
    ['do care managers help with power of attorney paperwork'],
  ])('%s → not covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', covered: false });
  });
});

describe('what the facts do state stays covered', () => {
  it.each([
    ['how many years of nursing experience do case managers need'],
    ['how long is the experience requirement for care managers'],
    ['how much of the care manager experience has to be supervised'],
    ['how many years of direct patient care do care managers need'],
    ['do case managers do their own paperwork'],
    ['which certification is the most popular for care managers'],
    ['do case managers spend most of their time in an office'],
    ['how much do care managers make'],
    ['do case managers help with paperwork'],
    ['do care managers help with medical appointments'],
    ['do case managers work in their own office or out in the community'],
    ['which pays more, case or care management'],
  ])('%s → covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', covered: true });
  });
});

// Wordings of the kind the mechanisms do not read yet (measured with the probe, kept as it failed): a price asked with
// an English verb of cost that no list names ("run", "set me back"), and a kind of paperwork the vectors put near the
// facts' words. When one of these starts to pass, move it up.
describe('not read yet', () => {
  it.fails.each([
    ['how much does the CCMC exam run?'],
    ['how much would the NACCM application set me back'],
    ['do case managers fill out disability paperwork'],
  ])('%s → not covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', covered: false });
  });
});
