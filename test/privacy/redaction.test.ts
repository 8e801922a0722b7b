import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { hasRedactions, redactPatientDetails } from '../../src/privacy/redact.ts';
import { createAnswerer, type Answer, type Answerer } from '../../src/search/answer.ts';
import { replay } from '../../src/conversation/context.ts';
import { renderRequest } from '../../src/blocks/index.ts';
import { readSet, score, summary } from './evaluate.ts';

// The writer's set: staff messages written by someone who saw no code, half with patient identifiers, half
// ordinary career questions full of numbers, credentials and unit names (FIRST-CONTACT.md).
const set = readSet(new URL('./redaction-set.json', import.meta.url).pathname);

describe('the redaction set', () => {
  const s = score(set);
  it('is big enough and split between messages with identifiers and ordinary ones', () => {
    expect(set.length).toBeGreaterThanOrEqual(320);
    expect(s.ordinary).toBeGreaterThanOrEqual(150);
    expect(set.length - s.ordinary).toBeGreaterThanOrEqual(150);
  });
  it('catches at least 98 % of the identifiers and changes at most 1 % of ordinary questions', () => {
    const report = summary(s);
    expect(s.caught / s.identifiers, report).toBeGreaterThanOrEqual(0.98);
    expect(s.changed / s.ordinary, report).toBeLessThanOrEqual(0.01);
  });
});

describe('redactPatientDetails', () => {
  it('takes out every kind the issue names, keeping the question around them', () => {
    expect(redactPatientDetails('my pt Jane Doe, MRN 1234567, bed 9 needs a care manager, what do they do?')).toEqual({
      text: 'my pt [name], MRN [record number], [room] needs a care manager, what do they do?',
      kinds: ['name', 'record', 'room'],
    });
    const cases: Array<[string, string]> = [
      ['Mrs. Alvarez asked what a care manager does', 'Mrs. [name] asked what a care manager does'],
      ['my mom Linda wants a care manager', 'my mom [name] wants a care manager'],
      ['gonzalez 4471920 - who do i call?', '[name] [record number] - who do i call?'],
      ['Jane Doe 67F needs a case manager', '[name] [age] needs a case manager'],
      ['DOB 3/14/1952, what do case managers do', 'DOB [date], what do case managers do'],
      ['born March 14, 1952, needs case mgmt', 'born [date], needs case mgmt'],
      ['call her at (555) 123-4567 about care managers', 'call her at [phone] about care managers'],
      ['email <mailto:jdoe@example.org|jdoe@example.org> re case managers', 'email [email] re case managers'],
      ['ssn 123-45-6789 on file, is CCM required', 'ssn [SSN] on file, is CCM required'],
      ['lives at 123 Main St, Springfield, IL 62704 - care manager?', 'lives at [address], [address] - care manager?'],
      ['pt in rm 412B and 4W-12 last week', 'pt in [room] and [room] last week'],
    ];
    for (const [typed, kept] of cases) expect(redactPatientDetails(typed).text, typed).toBe(kept);
  });

  it('leaves the numbers, credentials and unit names of career questions as they are', () => {
    const ordinary = [
      'Is $58,670 a good salary for a case manager with 2 years of experience?',
      '12-hour shifts on 4 West: do case managers work them too?',
      'CCM vs NACCM vs ACM-RN, which one first as an RN?',
      'what does a patient care technician earn vs a case manager',
      'Patient Access or Case Management: which pays more in 2024?',
      'the ratio is 1:15 on 3 East, 24/7 coverage, 8-5 M-F',
      'I make 100000 a year, is that normal for a care manager?',
      'Nancy from HR said care managers are non-exempt, what does that mean',
      'is a 401k match normal? and do we get 3 weeks PTO after 5 years',
      "what's the ANCC case management exam called now",
      'I am 45 years old, too late to become a case manager?',
    ];
    for (const text of ordinary) expect(redactPatientDetails(text), text).toEqual({ text, kinds: [] });
  });

  it('leaves a redacted text as it is, and says when a text was redacted', () => {
    const once = redactPatientDetails('pt jane doe mrn#1234567 dob 1/2/1950 in bed 4').text;
    expect(redactPatientDetails(once)).toEqual({ text: once, kinds: [] });
    expect(hasRedactions(once)).toBe(true);
    expect(hasRedactions('what does a care manager do')).toBe(false);
  });
});

// Answers read the question as typed: redaction changes what is kept, never what is answered.
const devMessages = (): Array<{ q: string; previous?: string[] }> => {
  const files = ['../dev-questions.json', ...readdirBatches()];
  return files.flatMap(
    (file) =>
      JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Array<{ q: string; previous?: string[] }>,
  );
};
function readdirBatches(): string[] {
  return ['batch-1', 'batch-2', 'batch-3', 'batch-4', 'batch-5', 'batch-6-three-roles', 'batch-7'].map(
    (b) => `../conversation/${b}.json`,
  );
}

const withoutKeptText = ({ question: _q, redacted: _r, ...rest }: Answer) => rest;

describe('the dev sets with redaction on', () => {
  const kb = loadKnowledge();
  const redacting: Answerer = createAnswerer(kb);
  const asTyped: Answerer = createAnswerer(kb, { redact: false });
  it('get the same answers as with the question as typed', () => {
    const messages = devMessages();
    expect(messages.length).toBeGreaterThan(1000);
    let changed = 0;
    for (const { q, previous = [] } of messages) {
      const mine = redacting.ask(q, replay(redacting, previous));
      const typed = asTyped.ask(q, replay(asTyped, previous));
      expect(withoutKeptText(mine), q).toEqual(withoutKeptText(typed));
      if (mine.question !== typed.question) changed++;
    }
    // Career questions carry no patient details: almost none is even changed.
    expect(changed / messages.length).toBeLessThanOrEqual(0.01);
  });

  it('answer a question with patient details as typed, and keep it without them', () => {
    const q = 'my pt Jane Doe MRN 1234567 bed 9 needs a care manager, what do they do?';
    const mine = redacting.ask(q);
    expect(withoutKeptText(mine)).toEqual(withoutKeptText(asTyped.ask(q)));
    expect(mine.question).toBe('my pt [name] MRN [record number] [room] needs a care manager, what do they do?');
    expect(mine.redacted).toEqual(['name', 'record', 'room']);
    expect(asTyped.ask(q).question).toBe(q);
    expect(redacting.keptText(q)).toBe(mine.question);
    expect(asTyped.keptText(q)).toBe(q);
  });
});

describe('cards', () => {
  const answerer = createAnswerer(loadKnowledge());
  it('a comparison of a topic it does not know shows the words typed without patient details', () => {
    const card = JSON.stringify(
      renderRequest({ kind: 'compare', unknownTopic: 'pt Jane Doe MRN 1234567' }, answerer, { ephemeral: true })
        .message,
    );
    expect(card).toContain('pt [name] MRN [record number]');
    const visible = card.replace(/"value":"(?:[^"\\]|\\.)*"/g, '');
    expect(visible).not.toContain('Jane Doe');
  });
  it('an answer to a question with patient details says so in one line, and shows the question as kept', () => {
    const card = JSON.stringify(
      renderRequest(
        { kind: 'ask', question: 'my pt Jane Doe MRN 1234567 needs a care manager, what do they do?' },
        answerer,
      ).message,
    );
    expect(card).toContain("You don't need patient details to ask about careers; I didn't keep them.");
    expect(card).toContain('You asked: “my pt [name] MRN [record number] needs a care manager, what do they do?”');
    expect(card).not.toContain('Jane Doe');
    const plain = JSON.stringify(
      renderRequest({ kind: 'ask', question: 'what does a care manager do?' }, answerer).message,
    );
    expect(plain).not.toContain('patient details');
  });
});
