/**
 * A topic model learned from the labelled conversation sets: multinomial logistic regression over features a reader
 * can name (a message's stemmed words and word pairs), read alone. Trained by scripts/train-topic-model.ts (its
 * training in scripts/topic-training.ts, never on the request path) into models/topic-model.json; the matcher asks it
 * only where its own reading is unsure (matcher.ts `consultModel`). The file is read once per process
 * (`shippedTopicModel`); the rest is pure.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../project-root.ts';
import { stem, tokenize } from './normalize.ts';

export const TOPIC_MODEL_FILE = projectPath('models', 'topic-model.json');

export const TopicModelSchema = z.object({
  /** How the file was made: the sets it learned from, the date and the command. */
  header: z.object({ trainedOn: z.array(z.string()), date: z.string(), command: z.string() }),
  topics: z.array(z.string()).min(2),
  bias: z.array(z.number()),
  /** A feature's weight for each topic, in `topics` order. */
  weights: z.record(z.string(), z.array(z.number())),
});
export type TopicModel = z.infer<typeof TopicModelSchema>;

/** A message's features, by name, with their values. */
export type Features = Map<string, number>;

/**
 * The forms of "do", read as "do": the plural stemmer would make "does" a "doe", and "what a care manager does" asks
 * what "what do care managers do" asks. English's other verbs keep their forms (folding "be" and "have" too gained
 * nothing).
 */
const FORMS_OF_DO: Readonly<Record<string, string>> = { does: 'do', did: 'do', doing: 'do', done: 'do' };

/**
 * A message's named features, each at most once: "w:" its stemmed words and "b:" its pairs of words, as the matcher's
 * own tokeniser reads them (the forms of "do" as "do"). Read alone, not with its thread: what it learns then depends on
 * the labelled messages only, not on how the matcher of the day reads their threads.
 */
export function topicFeatures(question: string): Features {
  const words = tokenize(question).map((word) => FORMS_OF_DO[word] ?? stem(word));
  const names = new Set(words.map((word) => `w:${word}`));
  for (let i = 1; i < words.length; i++) names.add(`b:${words[i - 1]} ${words[i]}`);
  return new Map([...names].map((name) => [name, 1]));
}

/** Each topic's probability for a message's features, over the topics given (those the model knows of them). */
export function topicProbabilities(
  model: TopicModel,
  features: Features,
  among: readonly string[],
): Map<string, number> {
  const weights = rowsOf(model);
  const logits = [...model.bias];
  for (const [name, value] of features) {
    const row = weights.get(name);
    if (row) for (let k = 0; k < logits.length; k++) logits[k]! += row[k]! * value;
  }
  const known = model.topics.map((topic, k) => [topic, logits[k]!] as const).filter(([t]) => among.includes(t));
  const top = Math.max(...known.map(([, logit]) => logit));
  const exp = known.map(([topic, logit]) => [topic, Math.exp(logit - top)] as const);
  const total = exp.reduce((sum, [, e]) => sum + e, 0);
  return new Map(exp.map(([topic, e]) => [topic, e / total]));
}

/** A model's weights by feature name in a Map, made once per model: the request path reads a few of thousands. */
const rowsByModel = new WeakMap<TopicModel, Map<string, readonly number[]>>();

function rowsOf(model: TopicModel): Map<string, readonly number[]> {
  let rows = rowsByModel.get(model);
  if (!rows) {
    rows = new Map(Object.entries(model.weights));
    rowsByModel.set(model, rows);
  }
  return rows;
}

let shipped: TopicModel | null | undefined;

/** The committed model, read once per process; null when the file is missing (the matcher then reads alone). */
export function shippedTopicModel(): TopicModel | null {
  if (shipped === undefined) {
    try {
      shipped = TopicModelSchema.parse(JSON.parse(readFileSync(TOPIC_MODEL_FILE, 'utf8')));
    } catch {
      shipped = null;
    }
  }
  return shipped;
}
