import { describe, expect, it } from 'vitest';
import { answererWithFixture } from '../support/knowledge-copy.ts';

// Issue 18, round 16: questions a hospital's own facts settle, asked of its own role, in wordings of our own (none
// taken from a labelled set), written before the readings they measure were built, labelled as
// test/conversation/LABELLING.md's general test says. The role and its facts are made up (test/fixtures/alder-bay: a
// stroke nurse coordinator). The measure is "covered, not flagged"; beside them, questions the same facts leave open.

const answerer = answererWithFixture('alder-bay');
const ROLE = 'stroke-nurse-coordinator';

/** Settled by the facts, and read so. */
const settled = [
  'do stroke coordinators take weekend call?',
  'do SNCs work weekends',
  'do stroke coordinators get mileage when they drive out to the other hospitals?',
  'will alder bay reimburse my SCRN exam?',
  'do I get reimbursed for the scrn exam fee',
  'can stroke nurse coordinators work remotely?',
  'is the stroke coordinator job remote',
  'is there tuition assistance for stroke coordinators going for an MSN?',
  'do stroke coordinators need ACLS',
  'does a stroke coordinator need to be bilingual',
  'does the stroke nurse do the NIHSS',
  'does the stroke nurse track core-measures',
  'do stroke coordinators do the core measure abstraction?',
  'is a BSN required for the stroke coordinator job',
  'does critical care experience count for stroke coordinator',
  'who grants the SCRN',
  'who certifies stroke nurses',
  'which certification do stroke coordinators need',
  'do stroke coordinators respond to the stroke alerts in the ED?',
  'do stroke coordinators do tele stroke consults',
];

/** Settled by the facts, still flagged: measured, so a change that reads more of them shows. */
const stillFlagged = [
  // The fact writes "stroke alert call rota", not "on call"; "Spanish speakers", not "speak Spanish".
  'is there any on call for the stroke nurse coordinator',
  'do SNCs have to speak spanish',
  'do stroke coordinators report to the neuroscience director?',
  'is tele-stroke part of the stroke coordinator job?',
];

/** Left open by the facts: these stay flagged. */
const open = [
  'how much is the SCRN exam fee',
  'is there a sign-on bonus for stroke coordinators',
  'do stroke coordinators get overtime pay',
  'how often do you renew the SCRN',
  'do stroke coordinators need to know Epic',
  'is the SCRN exam hard',
  'do stroke coordinators get a raise after the SCRN',
  'what is the tuition for an MSN for stroke coordinators',
];

/** Left open by the facts, but read as settled before and after this round. */
const openNotFlagged = [
  'how many stroke alerts does a stroke coordinator get a day',
  'do stroke coordinators need to speak french',
];

describe("a hospital's own role: what its facts settle is covered", () => {
  it.each(settled)('%s', (question) => {
    expect(answerer.ask(question)).toMatchObject({ kind: 'answer', roles: [ROLE], covered: true });
  });
  it.fails.each(stillFlagged)('%s', (question) => {
    expect(answerer.ask(question)).toMatchObject({ kind: 'answer', covered: true });
  });
});

describe("a hospital's own role: what its facts leave open stays flagged", () => {
  it.each(open)('%s', (question) => {
    expect(answerer.ask(question)).toMatchObject({ kind: 'answer', roles: [ROLE], covered: false });
  });
  it.fails.each(openNotFlagged)('%s', (question) => {
    expect(answerer.ask(question)).toMatchObject({ kind: 'answer', covered: false });
  });
});

describe('the line beside a fact that settles what is asked', () => {
  it('says what else is not said, and the asker sees the fact', () => {
    const answer = answerer.ask('do stroke coordinators take weekend call?');
    expect(answer.gap).toMatch(/^Nothing else in the sources says what hours they work/);
    expect(answer.groups[0]!.facts.map((f) => f.text).join(' ')).toContain('one weekend in five');
  });
  it('a question for the value is not settled by a fact that writes its word', () => {
    // "tuition assistance pays up to $3,000" says who helps pay, not what the tuition is.
    expect(answerer.ask('what is the tuition for an MSN for stroke coordinators')).toMatchObject({ covered: false });
  });
});

describe("the facts' own words, typed in another form", () => {
  it('initials in capitals say the words the facts spell out; a clipped word in lower case does not', () => {
    // "emergency department" is in the stroke alert fact; "ed" in lower case is "education" clipped, not initials.
    expect(answerer.ask('do stroke coordinators respond to the stroke alerts in the ED?').covered).toBe(true);
    const clipped = answerer.ask('do stroke coordinators need continuing ed?');
    expect(clipped.covered).toBe(false);
  });
  it('two words typed apart, or hyphenated, say the one word the facts write', () => {
    expect(answerer.ask('do stroke coordinators do tele stroke consults').covered).toBe(true);
    expect(answerer.ask('do stroke coordinators do tele-stroke consults').covered).toBe(true);
  });
});
