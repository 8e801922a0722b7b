import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/cli/kb-check.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { kindWord } from '../../src/knowledge/words.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { joinCompounds } from '../../src/search/normalize.ts';
import { unmatchablePhrases } from '../../src/search/unmatchable.ts';

// A keeper's role added from a job description alone (test/fixtures/pinecrest): credentials written with a hyphen or
// a symbol (SANE-A®, SANE-P, AFN-BC), an alias that begins one of them ("sane"), and a bare alias that is a job-title
// head word ("examiner"), with no topic term added to the shipped topics.
const root = join(import.meta.dirname, '../..');
const pinecrest = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pinecrest-'));
  cpSync(join(root, 'knowledge'), dir, { recursive: true });
  cpSync(join(root, 'test/fixtures/pinecrest'), dir, { recursive: true });
  return dir;
};
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const fresh = () => {
  const dir = pinecrest();
  dirs.push(dir);
  return dir;
};
const dir = fresh();
const answerer = createAnswerer(loadKnowledge(dir));
const role = ['forensic-nurse-examiner'];

describe('a credential written with punctuation inside is one word', () => {
  it.each([
    'when do I need the SANE-A',
    'is the SANE-P required for examiners?',
    "what's the SANE-A®",
    'do I need the AFN-BC',
    'is afn bc enough for a forensic nurse',
    'SANEP?',
    'is the AFN-BC enough instead of the SANE-A',
  ])('"%s" is the role\'s certification', (question) => {
    expect(answerer.ask(question)).toMatchObject({ kind: 'answer', topic: 'certification', roles: role });
  });

  it('is joined only where the knowledge writes it so: "on-call" and "case/care" stay two words', () => {
    const known = new Set(['sanea', 'afnbc']);
    expect(joinCompounds('is the SANE-A on-call, like case/care managers? AFN-BC too', known)).toBe(
      'is the sanea on-call, like case/care managers? afnbc too',
    );
  });

  it('needs no topic term: the check passes with no warning about the role', () => {
    const report = checkKnowledge(dir, new Date('2026-12-07'));
    expect(report.valid).toBe(true);
    if (!report.valid) return;
    expect(report.selfTest.missed).toEqual([]);
    expect(report.unmatchable).toEqual([]);
    const certification = JSON.parse(readFileSync(join(dir, 'topics/certification.json'), 'utf8'));
    expect(JSON.stringify(certification.ask.terms)).not.toMatch(/sane|afn/i);
  });
});

describe('a bare alias that is a job-title head word', () => {
  it('names the role alone, or after grammar', () => {
    expect(answerer.ask('how much does an examiner make')).toMatchObject({ topic: 'salary', roles: role });
    expect(answerer.ask('do examiners need a BSN')).toMatchObject({ topic: 'education', roles: role });
    expect(answerer.ask('tell me about examiners')).toMatchObject({ kind: 'answer', roles: role });
  });

  it("is another job with a modifier the role's aliases do not have, ours with one they have", () => {
    expect(answerer.ask('what does a medical examiner earn')).toMatchObject({
      kind: 'declined',
      otherJob: 'medical examiner',
    });
    expect(answerer.ask('what does a claims examiner do')).toMatchObject({ kind: 'declined' });
    // Another role's head word is a modifier too: no care manager, no examiner of ours.
    expect(answerer.ask('what does a care examiner do')).toMatchObject({ kind: 'declined' });
    expect(answerer.ask('care and forensic examiners salary').roles).toEqual(['care-manager', ...role]);
    expect(answerer.ask('what does a forensic examiner do')).toMatchObject({ topic: 'duties', roles: role });
  });
});

describe('what kb check says about a phrase that can never match as written', () => {
  it('names punctuation that cuts a message, Slack markup, and a symbol read as another role', () => {
    const copy = fresh();
    const file = join(copy, 'roles/forensic-nurse-examiner.json');
    const written = JSON.parse(readFileSync(file, 'utf8'));
    written.aliases.push('r.n. examiner', ':mag: nurse');
    written.organisations.push('CCM®');
    writeFileSync(file, JSON.stringify(written));
    const topicFile = join(copy, 'topics/certification.json');
    const topic = JSON.parse(readFileSync(topicFile, 'utf8'));
    topic.ask.terms.push('cm-bc');
    writeFileSync(topicFile, JSON.stringify(topic));
    const found = unmatchablePhrases(loadKnowledge(copy));
    const why = (phrase: string) => found.find((u) => u.phrase === phrase)?.why ?? '';
    expect(why('r.n. examiner')).toContain('cut into sentences');
    expect(why(':mag: nurse')).toContain('Slack markup or an emoji code');
    expect(why('CCM®')).toContain('written "CCM®", it is read as "ccm"');
    expect(why('CCM®')).toContain('roles/case-manager.json');
    expect(why('cm-bc')).toContain('abbreviations expand "bc"');
    expect(why('cm-bc')).toContain('read as one word only when');
  });
});

describe("the self-test's words that counted", () => {
  it('names a credential as written, and the topics of the facts that name it, or that none does', () => {
    const copy = fresh();
    const file = join(copy, 'roles/forensic-nurse-examiner.json');
    const written = JSON.parse(readFileSync(file, 'utf8'));
    written.organisations.push('DF-CNE');
    writeFileSync(file, JSON.stringify(written));
    const questions = join(copy, 'my-questions.json');
    const asked = [
      { question: 'do I need the DF-CNE', topic: 'salary', roles: role },
      { question: 'how much does the SANE-A cost', topic: 'salary', roles: role },
    ];
    writeFileSync(questions, JSON.stringify(asked));
    const report = checkKnowledge(copy, new Date('2026-12-07'), questions);
    if (!report.valid) throw new Error('the folder should load');
    const why = (question: string) => report.selfTest.missed.find((m) => m.question === question)?.why ?? '';
    expect(why('do I need the DF-CNE')).toContain(
      '"DF-CNE": a credential of forensic-nurse-examiner, named in no fact',
    );
    expect(why('how much does the SANE-A cost')).toContain(
      '"SANE-A": a credential of forensic-nurse-examiner → certification',
    );
  });
});

describe('a job description as a source, and what "covered" means beside a silent note', () => {
  it('is a kind of its own, named in a sentence as a job description', () => {
    const kb = loadKnowledge(dir);
    expect(kb.sources['pinecrest-forensic-nurse-examiner']?.kind).toBe('job-description');
    expect(kindWord({ kind: 'job-description' })).toBe('job description');
  });

  it('answers a salary question covered, with the silent note shown beside the fact', () => {
    const answer = answerer.ask('forensic nurse pay');
    expect(answer).toMatchObject({ kind: 'answer', topic: 'salary', roles: role, covered: true });
    const group = answer.groups.find((g) => g.role === role[0]);
    expect(group?.facts.length).toBeGreaterThan(0);
    expect(group?.silent).toContain('hourly range only');
  });
});
