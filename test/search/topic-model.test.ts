import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { retrained } from '../../scripts/train-topic-model.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import {
  shippedTopicModel,
  TOPIC_MODEL_FILE,
  type TopicModel,
  topicFeatures,
  topicProbabilities,
} from '../../src/search/topic-model.ts';
import { trainTopicModel } from '../../scripts/topic-training.ts';

const kb = loadKnowledge();
const header = { trainedOn: ['made up here'], date: '2026-01-01', command: 'none' };

/** A model of two topics that knows one word only: "honestly" says schooling, strongly. */
const honestly = (topics: string[]): TopicModel => ({
  header,
  topics,
  bias: topics.map(() => 0),
  weights: { 'w:honestly': topics.map((topic) => (topic === 'education' ? 12 : -12)) },
});

describe('the topic model reads a message', () => {
  it('by its stemmed words and its pairs of words, each once', () => {
    const features = topicFeatures('Which degrees do employers want? Degrees!');
    expect(features.get('w:degree')).toBe(1);
    expect(features.get('b:employer want')).toBe(1);
    expect(features.size).toBe(10);
  });

  it('gives probabilities over the topics asked about only, summing to one', () => {
    const probabilities = topicProbabilities(honestly(['education', 'salary']), topicFeatures('honestly'), [
      'education',
      'duties',
    ]);
    expect([...probabilities.keys()]).toEqual(['education']);
    expect(probabilities.get('education')).toBeCloseTo(1);
  });

  it('reads the forms of "do" as "do", not as a plural', () => {
    expect(topicFeatures('what a care manager does').get('w:do')).toBe(1);
    expect(topicFeatures('what did they do').get('b:they do')).toBe(1);
  });

  it('learns the same weights from the same examples', () => {
    const examples = [
      { features: topicFeatures('what does the job pay'), topic: 'salary' },
      { features: topicFeatures('what does the job pay hourly'), topic: 'salary' },
      { features: topicFeatures('which school should I go to'), topic: 'education' },
      { features: topicFeatures('which school teaches it'), topic: 'education' },
    ];
    const once = trainTopicModel(examples, header);
    expect(trainTopicModel(examples, header)).toEqual(once);
    const school = topicProbabilities(once, topicFeatures('a school near me'), once.topics);
    expect(school.get('education')).toBeGreaterThan(school.get('salary')!);
  });
});

describe('the matcher with a topic model', () => {
  const asked = 'honestly what skills does a care manager need';

  it('keeps its own topic when the model has no strong doubt about it', () => {
    const answerer = createAnswerer(kb, { topicModel: honestly(['education', 'skills']) });
    expect(answerer.ask('what skills does a care manager need').topic).toBe('skills');
  });

  it('keeps a topic the thread gave it: the model reads the message alone', () => {
    const answerer = createAnswerer(kb, { topicModel: honestly(['education', 'skills']) });
    const thread = answerer.ask('what skills does a care manager need');
    const turn = { topic: thread.topic!, roles: thread.roles };
    expect(answerer.ask('and honestly for case managers?', turn).topic).toBe('skills');
  });

  it('takes the model topic when the model all but rules out its own', () => {
    expect(createAnswerer(kb, { topicModel: null }).ask(asked).topic).toBe('skills');
    const answer = createAnswerer(kb, { topicModel: honestly(['education', 'skills']) }).ask(asked);
    expect(answer.topic).toBe('education');
    expect(answer.roles).toEqual(['care-manager']);
  });

  it('overrules a topic whose facts the matcher found silent, and reads what is unsaid again on its own', () => {
    const moving = 'honestly do care managers rotate between offices';
    const model = honestly(['work-environment', 'duties']);
    model.weights['w:honestly'] = model.topics.map((topic) => (topic === 'work-environment' ? 12 : -12));
    const alone = createAnswerer(kb, { topicModel: null }).ask(moving);
    expect([alone.topic, alone.covered]).toEqual(['duties', false]);
    const answer = createAnswerer(kb, { topicModel: model }).ask(moving);
    expect([answer.topic, answer.covered]).toEqual(['work-environment', false]);
  });

  it('abstains on a topic it never learned, as a hospital may add', () => {
    const answer = createAnswerer(kb, { topicModel: honestly(['education', 'salary']) }).ask(asked);
    expect(answer.topic).toBe('skills');
  });

  it('leaves a declined message declined', () => {
    const answerer = createAnswerer(kb, { topicModel: honestly(['education', 'skills']) });
    expect(answerer.ask('honestly where is the cafeteria').kind).not.toBe('answer');
  });
});

/** A model of two topics that leans, mildly, to `leaning` wherever a message has `word`. */
const leaning = (word: string, topics: string[], toward: string, weight: number): TopicModel => ({
  header,
  topics,
  bias: topics.map(() => 0),
  weights: { [`w:${word}`]: topics.map((topic) => (topic === toward ? weight : 0)) },
});

describe('the matcher and the model deciding together', () => {
  const tell = 'can you tell me what a care manager does';

  it('lets the model pick between two topics the lists barely tell apart', () => {
    expect(createAnswerer(kb, { topicModel: null }).ask(tell).topic).toBe('duties');
    // A weight that leaves the duties likely, yet makes the definition surer by more than MODEL_PREFERENCE asks.
    const model = leaning('tell', ['definition', 'duties'], 'definition', 1);
    const answer = createAnswerer(kb, { topicModel: model }).ask(tell);
    expect([answer.topic, answer.roles]).toEqual(['definition', ['care-manager']]);
  });

  it('leaves a clear lead of the lists, and a slight preference of the model, alone', () => {
    const model = leaning('care', ['definition', 'duties'], 'definition', 1);
    expect(createAnswerer(kb, { topicModel: model }).ask('what does a care manager do').topic).toBe('duties');
    const slight = leaning('tell', ['definition', 'duties'], 'definition', 0.5);
    expect(createAnswerer(kb, { topicModel: slight }).ask(tell).topic).toBe('duties');
  });

  it('does not pick between close topics in a thread: it reads the message alone', () => {
    const answerer = createAnswerer(kb, { topicModel: leaning('tell', ['definition', 'duties'], 'definition', 1) });
    expect(answerer.ask(tell, { topic: 'skills', roles: ['case-manager'] }).topic).toBe('duties');
  });

  it('answers the topic it is sure of where the lists only found a role, not where it is unsure', () => {
    const phone = 'r case managers on the phone all day';
    expect(createAnswerer(kb, { topicModel: null }).ask(phone).topic).toBe('definition');
    const sure = leaning('phone', ['definition', 'duties'], 'duties', 1);
    expect(createAnswerer(kb, { topicModel: sure }).ask(phone)).toMatchObject({
      topic: 'duties',
      roles: ['case-manager'],
    });
    const unsure = leaning('phone', ['definition', 'duties'], 'duties', 0.2);
    expect(createAnswerer(kb, { topicModel: unsure }).ask(phone).topic).toBe('definition');
  });

  it('abstains where the asker names the respect they ask in', () => {
    const model = leaning('fit', ['salary', 'skills'], 'skills', 12);
    const answer = createAnswerer(kb, { topicModel: model }).ask('is care management a good fit for me money-wise?');
    expect(answer.topic).toBe('salary');
  });
});

describe('the committed topic model', () => {
  it('is read at start-up, over the shipped topics', () => {
    const model = shippedTopicModel();
    expect(model?.topics.sort()).toEqual(Object.keys(kb.topics).sort());
  });

  it('is what the committed labelled sets train, but for its date', { timeout: 120_000 }, () => {
    const committed = readFileSync(TOPIC_MODEL_FILE, 'utf8');
    const date = (JSON.parse(committed) as TopicModel).header.date;
    expect(retrained(date) === committed).toBe(true);
  });
});
