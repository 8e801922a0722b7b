import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { MAX_QUESTION_CHARS, normalize } from '../../src/search/normalize.ts';

const answerer = createAnswerer(loadKnowledge());
const ask = (q: string) => answerer.ask(q);

describe('normalisation', () => {
  it('folds case, accents, quotes, punctuation and spacing', () => {
    expect(normalize('  What’s   the CARE-Manager\u00a0salary?!  ')).toBe('whats the care manager salary');
    expect(normalize('Qué es un case manager')).toBe('que es un case manager');
    expect(normalize('<@U0123ABC> hi <!channel>')).toBe('hi');
  });
});

describe('typo tolerance', () => {
  it.each([
    ['what certifcation does a care manager need', 'certification', ['care-manager']],
    ['case manger salery', 'salary', ['case-manager']],
    ['care manager work enviroment', 'work-environment', ['care-manager']],
    ['how much experiance for case managment', 'experience', ['case-manager']],
    ['responsibilites of a care mgr', 'duties', ['care-manager']],
  ])('%s', (question, topic, roles) => {
    const answer = ask(question);
    expect(answer.topic).toBe(topic);
    expect(answer.roles).toEqual(roles);
  });
});

describe('synonyms', () => {
  it.each([
    ['what do care managers earn', 'salary'],
    ['case manager wage', 'salary'],
    ['does a care manager need a license', 'certification'],
    ['which credential for case managers', 'certification'],
    ['is a BSN required for case managers', 'education'],
    ['care manager schooling', 'education'],
    ['what setting do case managers work in', 'work-environment'],
    ['case manager tasks', 'duties'],
    ['what does a care manager do all day', 'duties'],
  ])('%s → %s', (question, topic) => {
    expect(ask(question).topic).toBe(topic);
  });
});

describe('role detection', () => {
  it.each([
    ['nurse case manager certification', ['case-manager']],
    ['geriatric care manager salary', ['care-manager']],
    ['where do caseworkers work', ['case-manager']],
    ['case and care manager pay', ['case-manager', 'care-manager']],
    ['case vs care manager duties', ['case-manager', 'care-manager']],
    ['salary', ['case-manager', 'care-manager']],
  ])('%s', (question, roles) => {
    expect(ask(question).roles).toEqual(roles);
  });
});

describe('declining', () => {
  it.each([
    'how much does a surgeon make',
    'what certification does a pharmacist need',
    'reset my password',
    'sing me a song',
    'asdfgh',
  ])('%s', (question) => {
    const answer = ask(question);
    expect(answer.kind).toBe('declined');
    expect(answer.topic).toBeNull();
    expect(answer.roles).toEqual([]);
    expect(answer.suggestions.map((s) => s.topic)).toContain('certification');
  });

  it('names the other job it was asked about', () => {
    expect(ask('how much does a surgeon make').otherJob).toBe('surgeon');
  });

  it('treats empty input as a bare message (small talk), not as a question', () => {
    for (const text of ['   ', '🙂🙂', '?', '<@U0123ABC>']) {
      expect(ask(text)).toMatchObject({ kind: 'smalltalk', smalltalk: 'bare', topic: null, reason: 'empty' });
    }
  });
});

describe('the answer', () => {
  it('cites the section, the article and its date', () => {
    const answer = ask('what certification does a care manager need');
    expect(answer.section).toBe('Licenses and certifications');
    expect(answer.citations[0]).toMatchObject({
      title: 'Case Manager vs. Care Manager: Definitions and Key Differences',
      dateLabel: 'June 3, 2021',
    });
    expect(answer.groups.map((g) => g.role)).toEqual(['care-manager']);
    expect(answer.confidence).toBeGreaterThan(0.7);
    expect(answer.confidence).toBeLessThanOrEqual(1);
  });

  it("cites the role's own definition heading", () => {
    expect(ask('what is a care manager').section).toBe('What is a care manager?');
  });

  it('says where the article is silent instead of guessing', () => {
    const answer = ask('how much does a case manager make');
    expect(answer.groups[0]?.silent).toMatch(/no salary figure/);
    expect(JSON.stringify(answer.groups)).not.toMatch(/\$\d[\d,]* per year.*case/i);
  });

  it('offers close alternatives as "did you mean"', () => {
    const answer = ask('care manager requirements');
    expect(answer.alternatives.length).toBeGreaterThan(0);
    expect(answer.alternatives.length).toBeLessThanOrEqual(3);
    expect(answer.alternatives.map((a) => a.topic)).not.toContain(answer.topic);
  });

  it('cuts a 10,000-character question and says so', () => {
    const answer = ask(`what does a care manager earn ${'really '.repeat(1500)}`);
    expect(answer.truncated).toBe(true);
    expect(answer.question.length).toBe(MAX_QUESTION_CHARS);
    expect(answer.topic).toBe('salary');
  });

  it('reads a topic name as people type it', () => {
    expect(answerer.findTopic('certifcation')).toBe('certification');
    expect(answerer.findTopic('pay')).toBe('salary');
    expect(answerer.findTopic('work environment')).toBe('work-environment');
    expect(answerer.findTopic('banana')).toBeNull();
  });
});

describe('the knowledge base answers its own examples', () => {
  const examples = Object.values(answerer.kb.topics).flatMap((topic) =>
    topic.ask.examples.map((q) => [topic.id, q] as const),
  );
  it.each(examples)('%s: %s', (topic, question) => {
    expect(ask(question).topic).toBe(topic);
  });
});
