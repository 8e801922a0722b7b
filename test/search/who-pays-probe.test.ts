import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/search/answer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { ask } from '../support/ask.ts';

// Issue 18, round 16: a probe of "who pays for it", in wordings of our own (none from a labelled set). A party asked
// to pay for, cover or fund a thing (a role's services, an exam, a degree), or a thing asked to be free, asks who
// bears a cost: the article gives what the roles earn, never who pays for their services or their schooling, so
// LABELLING.md's general test makes these `covered: false`. The controls ask what the roles are paid, or whom they
// work for, which the facts state.

describe('who pays for a thing, where no fact says, is flagged', () => {
  it.each([
    ['does insurance pay for a geriatric care manager'],
    ['will my employer pay for the CCM exam'],
    ['does the hospital cover the cost of case manager certification'],
    ['would my job pay for me to get a BSN for case management'],
    ['do nursing homes pay for a care manager for their residents'],
    ['does the state pay for care managers for elderly people'],
    ['can the VA pay for a care manager for my grandpa'],
    ['do employers usually cover the NACCM fee for care managers'],
    ['is a hospital case manager free for the patient'],
    ['are care managers free for families'],
    ['does my health plan pay for a case manager'],
    ['do hospitals ever pay for the care manager cert'],
    ['will medicare cover the cost of a care manager'],
    ['does a hospital pay for case managers to get certified'],
    ['does the family have to pay for the hospital case manager'],
    ['does the employer pay for care manager training'],
    ['do patients pay for their case manager'],
  ])('%s → not covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', covered: false });
  });
});

// Still read as covered: "cover", "fund" and "sponsor" are read as paying only when their subject is a word no list
// names ("my MSW *covers* the education part" is a thing that counts), and the lists name insurance, agencies and
// clinics; "free to us" of a role placed "at the hospital" is not read as asking who pays.
describe('who pays, still read as covered', () => {
  it.fails.each([
    ['does long term care insurance cover a care manager'],
    ['will the agency fund my case management certification'],
    ['does private insurance cover care management services'],
    ['would the clinic sponsor my CCM exam'],
    ['is the case manager at the hospital free to us'],
  ])('%s → not covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', covered: false });
  });
});

describe('what the roles are paid, and whom they work for, stays covered', () => {
  it.each([
    ['how much do care managers get paid'],
    ['what do hospitals pay care managers'],
    ['who pays a care manager, the family or a company?'],
    ['is a care manager paid by the hospital or the family'],
    ['do care managers work for the family'],
    ['what does care management pay'],
    ['do case managers get paid more than care managers'],
    ['how much does a care manager make a year'],
  ])('%s → covered', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', covered: true });
  });
});

describe('what the card says of who pays', () => {
  it('names the gap above the facts, in the words a reader sees', () => {
    const answer = createAnswerer(loadKnowledge()).ask('does medicare pay for a care manager for my dad');
    expect(answer.covered).toBe(false);
    expect(answer.gap).toBe('Nothing in the article says who pays for that.');
  });
});
