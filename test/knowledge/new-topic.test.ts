import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { topicsCard } from '../../src/blocks/index.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { visibleTexts } from '../blocks/check-message.ts';

// Adding a topic is adding a file: no code names the topics (issue 12).
const dir = mkdtempSync(join(tmpdir(), 'career-bot-topic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
cpSync(fileURLToPath(new URL('../fixtures/third-role/', import.meta.url)), dir, { recursive: true });
writeFileSync(
  join(dir, 'topics', 'schedule.json'),
  JSON.stringify({
    id: 'schedule',
    order: 65,
    source: 'northfield-staff-policy',
    title: 'Schedule',
    section: 'Hours of work',
    summary: 'When people in these roles work at this hospital.',
    facts: {
      'case-manager': [
        {
          text: 'Weekdays 8:00 a.m. to 4:30 p.m., and one weekend in six.',
          quote:
            'Case managers work from 8:00 a.m. to 4:30 p.m., Monday to Friday. Each case manager also covers one weekend in six.',
        },
      ],
    },
    silent: { 'care-manager': "The hospital's policy does not set care managers' schedule." },
    related: ['work-environment', 'salary'],
    ask: {
      examples: ['what is the case manager schedule', 'rota for care managers', 'shift pattern case manager'],
      terms: [
        { term: 'schedule', weight: 1.5 },
        { term: 'rota', weight: 1.5 },
        { term: 'shift pattern', weight: 1.5 },
      ],
    },
  }),
);
const answerer = createAnswerer(loadKnowledge(dir));

describe('a topic added as a file', () => {
  it('is answered, cited to its source, and listed with the others', () => {
    const answer = answerer.ask("what's the case manager schedule");
    expect(answer).toMatchObject({ kind: 'answer', topic: 'schedule', roles: ['case-manager'], covered: true });
    expect(answer.groups[0]!.facts[0]!.text).toContain('one weekend in six');
    expect(answer.citations.map((c) => [c.source, c.section, c.local])).toEqual([
      ['northfield-staff-policy', 'Hours of work', true],
    ]);
    const titles = visibleTexts(topicsCard(answerer.kb)).join('\n');
    expect(titles).toContain('Schedule');
    // In its order: after work environment (60), before salary (70).
    expect(answerer.kb.topicOrder.slice(5, 8)).toEqual(['work-environment', 'schedule', 'salary']);
  });

  it("says what it does not cover for a role, and keeps the article's topics as they were", () => {
    const care = answerer.ask('rota for care managers');
    expect(care).toMatchObject({ topic: 'schedule', roles: ['care-manager'], covered: false });
    expect(care.groups[0]!.silent).toContain('does not set');
    expect(answerer.ask('what certification does a care manager need')).toMatchObject({
      topic: 'certification',
      roles: ['care-manager'],
    });
  });
});
