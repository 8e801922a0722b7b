import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/cli/kb-check.ts';
import { formatCheckText } from '../../src/cli/format-kb.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { type Answerer, createAnswerer } from '../../src/search/answer.ts';
import { arrayAt, objectAt } from '../support/json-edit.ts';
import { knowledgeWithFixture } from '../support/knowledge-copy.ts';

// A keeper's first hour (round 17): a palliative care nurse added from a job description (test/fixtures/fern-valley)
// and a check that was clean on the first run, though "palliative nurse" gave "PN", which is also a practical nurse,
// and a fact cited a "Department" line as its section.
const TODAY = new Date('2026-12-08');

function check(dir: string) {
  const report = checkKnowledge(dir, TODAY);
  if (!report.valid) throw new Error(`the folder should load: ${JSON.stringify(report.problems)}`);
  return report;
}

function edit(dir: string, file: string, change: (json: unknown) => void): void {
  const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  change(json);
  writeFileSync(join(dir, file), JSON.stringify(json, null, 2));
}

/** The matcher over the shipped knowledge with the fern-valley keeper's role laid over it, for the describe it is in. */
function fernValleyAnswerer(): () => Answerer {
  let answerer: Answerer | undefined;
  let remove = () => {};
  beforeAll(() => {
    const copy = knowledgeWithFixture('fern-valley');
    remove = copy.remove;
    answerer = createAnswerer(loadKnowledge(copy.dir));
  });
  afterAll(() => remove());
  return () => answerer!;
}

describe('kb check: a derived short form that is also another job', () => {
  let dir: string;
  let remove: () => void;
  beforeAll(() => ({ dir, remove } = knowledgeWithFixture('fern-valley')));
  afterAll(() => remove());

  it('warns that "PN" (from "palliative nurse") is also the initials of practical nurse, and how to turn it off', () => {
    const report = check(dir);
    const pn = report.shortForms.find((f) => f.form === 'PN');
    expect(pn).toMatchObject({ role: 'palliative-care-nurse', from: ['palliative nurse'], alsoJob: 'practical nurse' });
    const text = formatCheckText(report);
    expect(text).toContain('⚠ ALSO MEANS roles/palliative-care-nurse.json short form "PN"');
    expect(text).toContain('"noShortForms": ["PN"]');
    // The coverage table says whose the "Both (shared)" column is, with a third role beside the main pair.
    expect(text.replace(/\n {2}/g, ' ')).toContain(
      'Both (shared): facts the topic files write under "both", which the main pair (Case manager and Care manager,',
    );
    // The main pair's "CM" is no other job's initials: no warning.
    expect(report.shortForms.filter((f) => f.alsoJob).map((f) => f.form)).toEqual(['PN']);
  });

  it('"noShortForms" turns a derived form off: not listed, and "PN" no longer names the role', () => {
    const question = 'what do PNs make an hour';
    const before = createAnswerer(loadKnowledge(dir)).ask(question);
    expect(before.roles).toEqual(['palliative-care-nurse']);
    edit(dir, 'roles/palliative-care-nurse.json', (role) => {
      objectAt(role).noShortForms = ['PN'];
    });
    expect(check(dir).shortForms.map((f) => f.form)).not.toContain('PN');
    const after = createAnswerer(loadKnowledge(dir)).ask(question);
    expect(after.roles).not.toContain('palliative-care-nurse');
  });
});

describe('kb check: a section that is no heading of its source', () => {
  let dir: string;
  let remove: () => void;
  beforeAll(() => ({ dir, remove } = knowledgeWithFixture('fern-valley')));
  afterAll(() => remove());

  it('a heading of the source is not warned about', () => {
    expect(check(dir).sectionsNotFound).toEqual([]);
  });

  it('a "Department: …" line is in the text but no heading: warned, with the heading above the quote', () => {
    edit(dir, 'facts/fern-palliative-nurse.json', (facts) => {
      objectAt(arrayAt(facts, 'facts')[0]).section = 'Department';
    });
    const report = check(dir);
    expect(report.sectionsNotFound).toEqual([
      expect.objectContaining({ index: 0, section: 'Department', why: 'not-a-heading', closest: 'Position summary' }),
    ]);
    const text = formatCheckText(report);
    expect(text).toContain('⚠ SECTION NOT A HEADING');
    expect(text).toContain('the heading above the quote is "Position summary"');
  });
});

describe('an alias that names the field, not a person ("palliative care")', () => {
  const answerer = fernValleyAnswerer();

  it('names the role when no other role is asked about', () => {
    expect(answerer().ask('what does palliative care pay').roles).toEqual(['palliative-care-nurse']);
    expect(answerer().ask('does pall care need a certification').roles).toEqual(['palliative-care-nurse']);
  });

  it('beside another role (or its credential) asked about, is where the asker has been: the other role is asked', () => {
    const experience = answerer().ask('does palliative care count as experience for case management');
    expect(experience).toMatchObject({ topic: 'experience', roles: ['case-manager'] });
    expect(answerer().ask('does palliative count as experience for case managers').roles).toEqual(['case-manager']);
    expect(answerer().ask('is palliative care experience enough for the CCM').roles).toEqual(['case-manager']);
    expect(answerer().ask('do case managers work with palliative care patients').roles).toEqual(['case-manager']);
  });

  it('set against another role, is compared with it', () => {
    const compared = answerer().ask('palliative care vs case management salary');
    expect(compared).toMatchObject({ topic: 'salary', roles: ['case-manager', 'palliative-care-nurse'] });
    expect(answerer().ask('how is palliative care different from case management').roles).toEqual([
      'case-manager',
      'palliative-care-nurse',
    ]);
  });

  it('a title is no field: "palliative care nurse" beside a case manager is asked about too', () => {
    expect(answerer().ask('can a palliative care nurse become a case manager').roles).toContain('case-manager');
  });
});

describe('a certification fact that touches the benefits (a refund of the exam fee)', () => {
  const answerer = fernValleyAnswerer();

  it('"what benefits do we get" stays on the salary, where benefits are asked, and says no source names them', () => {
    const answer = answerer().ask('what benefits do palliative care nurses get');
    expect(answer.topic).toBe('salary');
    expect(answer.gap ?? '').toMatch(/^Nothing in the sources says what benefits/);
  });

  it('asked in a word the fact writes, however inflected ("reimbursed", "reimbursement"), moves to the fact', () => {
    for (const question of [
      'do palliative nurses get reimbursed for anything',
      'is there any reimbursement for palliative care nurses',
    ]) {
      const answer = answerer().ask(question);
      expect(answer.topic, question).toBe('certification');
      expect(answer.gap ?? '', question).toMatch(/^Nothing else in the sources says what benefits/);
    }
  });
});
