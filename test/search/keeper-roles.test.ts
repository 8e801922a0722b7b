import { describe, expect, it } from 'vitest';
import { ask, askIn, BOTH, CARE, CASE } from '../support/ask.ts';
import { answererWithFixture } from '../support/knowledge-copy.ts';

// Issue 18, round 13: a keeper's own role, read from its role file and its facts alone (docs/matching.md, "A keeper's
// role, by its name and its credentials").
const planner = answererWithFixture('harborview');
const cdi = answererWithFixture('riverbend');
const examiner = answererWithFixture('pinecrest');
const coordinator = answererWithFixture('birch-hollow');
const wound = answererWithFixture('maple-valley');
const PLANNER = ['discharge-planner'];
const CDI = ['cdi-specialist'];
const EXAMINER = ['forensic-nurse-examiner'];
const CRC = ['clinical-research-coordinator'];

describe("the last word of a role's name, alone", () => {
  it('names the one role whose name ends with it', () => {
    expect(askIn(planner, 'are the planners on call at night?')).toMatchObject({
      topic: 'work-environment',
      roles: PLANNER,
    });
    expect(askIn(cdi, 'what do the specialists earn')).toMatchObject({ topic: 'salary', roles: CDI });
    expect(askIn(coordinator, 'does a coordinator need a degree')).toMatchObject({ topic: 'education', roles: CRC });
  });

  it('names no one role when several names end with it, and another job after a modifier of its own', () => {
    expect(ask('what do the managers earn')).toMatchObject({ topic: 'salary', roles: BOTH });
    expect(askIn(coordinator, 'what does a transplant coordinator make')).toMatchObject({ kind: 'declined' });
  });
});

describe('a credential', () => {
  it('names its holder only when no role is named', () => {
    expect(askIn(cdi, 'must case managers hold the CCDS')).toMatchObject({ topic: 'certification', roles: CASE });
    expect(askIn(cdi, 'is the CDIP needed?')).toMatchObject({ topic: 'certification', roles: CDI });
  });

  it("points to the topic most of its role's credential facts are on, not to a short fact naming it in passing", () => {
    expect(askIn(coordinator, "what's the CCRP")).toMatchObject({ topic: 'certification', roles: CRC });
    expect(askIn(coordinator, 'which one do I need, the CCRP or the CCRC?')).toMatchObject({
      topic: 'certification',
      roles: CRC,
    });
  });

  it('with a participle after it describes its holder, whose pay is asked', () => {
    expect(askIn(examiner, 'are SANE-A certified nurses paid more?')).toMatchObject({
      topic: 'salary',
      roles: EXAMINER,
    });
    expect(askIn(coordinator, 'do CCRC certified coordinators earn more')).toMatchObject({
      topic: 'salary',
      roles: CRC,
    });
  });

  it('is a thing paid for, not people paid', () => {
    expect(askIn(coordinator, 'does the hospital pay for the CCRC exam?')).toMatchObject({
      topic: 'certification',
      roles: CRC,
    });
  });

  it('is said with the noun after it, whatever word the facts use for that noun', () => {
    expect(askIn(coordinator, 'must care managers complete CITI training?')).toMatchObject({
      topic: 'certification',
      roles: CARE,
      covered: true,
    });
  });

  it('settles a short form its role shares beside it', () => {
    expect(ask('NCM: does it mean the same as CM?')).toMatchObject({ roles: CASE });
  });
});

describe("one of our roles as the asker's past, in a conversation", () => {
  it("is not what is asked: the thread's role is", () => {
    expect(
      askIn(planner, 'what experience do discharge planners need', 'would my care management experience count?'),
    ).toMatchObject({ topic: 'experience', roles: PLANNER });
    expect(askIn(cdi, 'do cdi specialists need experience', 'what about case management experience?')).toMatchObject({
      topic: 'experience',
      roles: CDI,
    });
  });
});

describe('a hospital fact that touches a gap on another topic', () => {
  it('moves the answer there when it writes what the question asks the gap with, not otherwise', () => {
    expect(askIn(wound, 'is tuition reimbursed for WOC nurses')).toMatchObject({ topic: 'education', covered: false });
    expect(askIn(wound, 'do WOC nurses get a signing bonus')).toMatchObject({ topic: 'salary', covered: false });
  });
});

describe("a one-word name of a role right before another role's name", () => {
  it('modifies it and names no role of its own', () => {
    // The fixture's own "crc" stands in for an alias English also writes for other things ("ip" for inpatient).
    expect(askIn(coordinator, 'do crc care managers need a BSN')).toMatchObject({ topic: 'education', roles: CARE });
    expect(askIn(coordinator, 'crc vs care manager: who needs a BSN?')).toMatchObject({
      roles: ['care-manager', 'clinical-research-coordinator'],
    });
  });
});
