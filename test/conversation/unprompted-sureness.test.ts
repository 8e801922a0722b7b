import { describe, expect, it } from 'vitest';
import { unpromptedReply } from '../../src/conversation/unprompted.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';

// What makes an unasked answer unsure beyond its confidence: a second topic nearly as strong, or two roles named
// without being set side by side. A mention of the same question is still answered.
const answerer = createAnswerer(loadKnowledge());
const verdict = (text: string) => unpromptedReply(answerer, text);

describe('unasked answers wait when a second reading comes near', () => {
  it('stays silent on a question whose runner-up topic comes near, though a mention answers it', () => {
    const text = 'does a care manager need college to sit for the NACCM exam';
    const asked = answerer.ask(text);
    expect(asked.topic).toBe('certification');
    expect(asked.alternatives).toEqual([]);
    expect(asked.runnerUp).toBeGreaterThan(0.4);
    expect(verdict(text).skip).toBe('ambiguous');
    expect(verdict('is there a good degree program for care management?').skip).toBe('ambiguous');
  });

  it('answers a question with one clear topic', () => {
    const { skip, answer } = verdict('could I become a care manager with a sociology degree?');
    expect(skip).toBeNull();
    expect(answer?.topic).toBe('education');
    expect(answer?.roles).toEqual(['care-manager']);
  });
});

describe('unasked answers for two roles need the roles set side by side', () => {
  it('stays silent when the second role is the asker’s own or part of a credential’s name', () => {
    expect(verdict('could I sit for the case management exam if I work as a care manager?').skip).toBe('roles-apart');
    expect(verdict('can a care manager use the case management certification?').skip).toBe('roles-apart');
  });

  it('answers both roles when the question joins them', () => {
    for (const text of [
      'where do case managers and care managers usually work?',
      'do case managers / care managers need certification?',
    ]) {
      const { skip, answer } = verdict(text);
      expect(skip, text).toBeNull();
      expect([...(answer?.roles ?? [])].sort(), text).toEqual(['care-manager', 'case-manager']);
    }
  });
});
