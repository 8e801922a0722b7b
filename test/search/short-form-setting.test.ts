import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildLexicon } from '../../src/search/lexicon.ts';
import { ask, BOTH, CASE } from '../support/ask.ts';

// Issue 18, round 15 (LABELLING.md convention 6): a short form both roles share ("CM") is both, unless the message
// is set where only one of them is said to work: at the employer the overview's facts give it, or inside a facility.

describe('whom each role works for, from the overview facts', () => {
  it('the terms after "work for" are the role’s employers', () => {
    const { employers } = buildLexicon(loadKnowledge());
    expect(employers.get('hospital')).toEqual(['case-manager']);
    expect(employers.get('facility')).toEqual(['case-manager']);
    expect([...employers.values()].flat()).not.toContain(undefined);
  });
});

describe('a shared short form, set at one role’s employer or inside a facility', () => {
  it.each([
    ['do CMs at the hospital need to be certified?', 'certification'],
    ['inpatient CMs, what certs do they hold?', 'certification'],
    ["I'm a nurse on 7 East, what do CMs do?", 'duties'],
    ['do CMs on the surgical floor need a BSN?', 'education'],
    ['what does the CM team need for experience?', 'experience'],
  ])('%s → the case manager', (message, topic) => {
    expect(ask(message)).toMatchObject({ kind: 'answer', topic, roles: CASE });
  });

  it('a place both work in, or where one works but not whom for, leaves both', () => {
    expect(ask('do CMs spend their day in an office?').roles).toEqual(BOTH);
    expect(ask('do CMs ever go to patients’ homes?').roles).toEqual(BOTH);
  });

  it('a role named by name wins over the setting', () => {
    expect(ask('at our hospital do care managers, the CMs I mean, need certification?').roles).toContain(
      'care-manager',
    );
  });

  it('a thread set at the hospital goes on with the case manager', () => {
    expect(ask('our inpatient CMs: what degree do they need?', 'and how many years of experience?')).toMatchObject({
      topic: 'experience',
      roles: CASE,
    });
  });
});

describe('a department joined is the work, no office looked up', () => {
  it('moving to, applying to or joining a role’s department asks of the role', () => {
    expect(ask('I want to transfer to the CM department, what degree do I need?')).toMatchObject({
      kind: 'answer',
      topic: 'education',
      roles: CASE,
    });
  });

  it("the department's hours or phone are still a lookup", () => {
    expect(ask('when does the CM department open tomorrow?')).toMatchObject({ kind: 'declined' });
    expect(ask('whats the extension for our CM department')).toMatchObject({ kind: 'declined' });
  });
});
