import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/cli/kb-check.ts';
import { formatCheckText } from '../../src/cli/format-kb.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Aspect } from '../../src/knowledge/schema.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { partGapSentence } from '../../src/search/gap-line.ts';
import { copyKnowledge } from '../support/knowledge-copy.ts';

// A keeper's first hour: a lactation consultant from an invented hospital's job description, with facts that answer
// one gap of gaps.json (life support), touch others (hours, benefits), and one section mistyped.
const TEXT = `Elm Street Hospital: Lactation Consultant

Summary
The Lactation Consultant helps new parents on the maternity unit with breastfeeding and infant feeding.

Requirements
Current IBCLC certification is required. Current BLS certification is required before the first shift.

Schedule
Lactation consultants work one weekend in four.

Pay and benefits
The pay grade is $38 to $49 per hour. The hospital reimburses the IBCLC exam fee after one year of service.
`;

const fact = (topic: string, section: string, quote: string, more: Record<string, unknown> = {}) => ({
  role: 'lactation-consultant',
  topic,
  section,
  text: quote,
  quote,
  ...more,
});

function withLactationConsultant(): string {
  const copy = copyKnowledge();
  cleanups.push(copy.remove);
  const write = (file: string, data: unknown) =>
    writeFileSync(join(copy.dir, file), typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  mkdirSync(join(copy.dir, 'facts'), { recursive: true });
  write('roles/lactation-consultant.json', {
    id: 'lactation-consultant',
    name: 'Lactation consultant',
    plural: 'Lactation consultants',
    emoji: ':baby_bottle:',
    aliases: ['lactation consultant', 'lactation consultants'],
    head: 'lactation',
    summary: 'Helps new parents with breastfeeding.',
    organisations: ['IBCLC'],
  });
  write('sources/elm-lactation.txt', TEXT);
  write('sources/elm-lactation.json', {
    id: 'elm-lactation',
    kind: 'job-description',
    title: 'Lactation Consultant',
    publisher: 'Elm Street Hospital',
    date: '2026-03-01',
    file: 'sources/elm-lactation.txt',
    local: true,
    reviewed: '2026-11-01',
    reviewer: 'HR',
  });
  write('facts/elm-lactation.json', {
    source: 'elm-lactation',
    facts: [
      fact(
        'definition',
        'Summary',
        'The Lactation Consultant helps new parents on the maternity unit with breastfeeding and infant feeding.',
      ),
      fact('certification', 'Requirements', 'Current BLS certification is required before the first shift.', {
        answers: ['life-support'],
      }),
      fact('work-environment', 'Schedule', 'Lactation consultants work one weekend in four.', { touches: ['hours'] }),
      fact('salary', 'Pay and benefits', 'The pay grade is $38 to $49 per hour.'),
      fact(
        'certification',
        'Pay and benefit',
        'The hospital reimburses the IBCLC exam fee after one year of service.',
        {
          answers: ['exam-cost'],
          touches: ['benefits'],
        },
      ),
    ],
  });
  return copy.dir;
}

const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
const dir = withLactationConsultant();
const answerer = createAnswerer(loadKnowledge(dir));

describe('a gap the facts shown answer for one role only: the line names the others', () => {
  it("another role's BLS fact leaves the case managers' line as it was", () => {
    expect(answerer.ask('do lactation consultants need BLS?')).toMatchObject({ covered: true, gap: null });
    expect(answerer.ask('do case managers need BLS?')).toMatchObject({
      covered: false,
      gap: 'Nothing in the sources mentions CPR, BLS or other life-support certificates.',
    });
  });

  it('both roles asked: not covered, and the line says for whom', () => {
    const answer = answerer.ask('compare case managers and lactation consultants on BLS');
    expect(answer.roles).toEqual(['case-manager', 'lactation-consultant']);
    expect(answer).toMatchObject({
      covered: false,
      gap: 'For case managers, nothing in the sources mentions CPR, BLS or other life-support certificates.',
    });
  });
});

describe('a gap a fact touches: the line says nothing else, and drops what the fact states', () => {
  it('one weekend in four: the weekends leave the list, the rest of the hours stay unsaid', () => {
    // Whether they work weekends is settled by the fact that writes them (covered); the rest of the hours is not.
    const answer = answerer.ask('do lactation consultants work weekends?');
    expect(answer).toMatchObject({ topic: 'work-environment', covered: true });
    expect(answer.gap).toBe(
      'Nothing else in the sources says what hours they work: nothing on schedules, nights, on-call or overtime.',
    );
    expect(answer.groups[0]!.facts[0]!.text).toContain('one weekend in four');
  });

  it('an exam-fee refund that touches the benefits: the benefits line no longer reads as if nothing were said', () => {
    const answer = answerer.ask('will I get reimbursed for the IBCLC exam?');
    expect(answer.gap).toBe(
      'Nothing else in the sources says what benefits come with the job (bonuses, retirement, time off).',
    );
    expect(answer.groups[0]!.facts.map((f) => f.text)).toContain(
      'The hospital reimburses the IBCLC exam fee after one year of service.',
    );
  });
});

describe('partGapSentence', () => {
  const aspect: Aspect = {
    id: 'rota',
    ways: ['rota', 'weekend', 'night shift', 'bank holiday', 'on call'],
    nearest: 'work-environment',
    gap: 'Nothing in {sources} gives the rota: nothing on weekends, night shifts or bank holidays.',
  };
  const said = (text: string) => ({
    unanswered: ['case-manager'],
    touching: [
      [{ text, quote: null, source: 's', section: null, local: true, answers: [], touches: ['rota'], ofTopic: false }],
    ],
    settled: false,
  });
  const plural = (role: string) => `${role}s`;

  it('keeps the lead of the list ("nothing on") when its first item goes', () => {
    expect(partGapSentence(aspect, said('Two weekends a month.'), 1, plural)).toBe(
      'Nothing else in {sources} gives the rota: nothing on night shifts or bank holidays.',
    );
  });

  it('drops the list when the facts state all of it, and keeps a list item none of whose words they state', () => {
    expect(partGapSentence(aspect, said('Weekends, night shifts and bank holidays by rota.'), 1, plural)).toBe(
      'Nothing else in {sources} gives the rota.',
    );
    expect(partGapSentence(aspect, said('Shifts are posted monthly.'), 1, plural)).toBe(
      'Nothing else in {sources} gives the rota: nothing on weekends, night shifts or bank holidays.',
    );
  });

  it('no fact touching it: the sentence as written, named for the roles left', () => {
    const none = { unanswered: ['case-manager'], touching: [[]], settled: false };
    expect(partGapSentence(aspect, none, 1, plural)).toBe(aspect.gap);
    expect(partGapSentence(aspect, none, 2, plural)).toBe(
      'For case-managers, nothing in {sources} gives the rota: nothing on weekends, night shifts or bank holidays.',
    );
  });
});

describe('kb check: a section its source does not contain', () => {
  it('is warned about with the closest heading; a section the text holds is not', () => {
    const report = checkKnowledge(dir, new Date('2026-12-01'));
    if (!report.valid) throw new Error('the folder should load');
    expect(report.sectionsNotFound).toEqual([
      expect.objectContaining({ index: 4, section: 'Pay and benefit', closest: 'Pay and benefits' }),
    ]);
    expect(formatCheckText(report)).toContain('⚠ SECTION NOT IN SOURCE');
  });
});
