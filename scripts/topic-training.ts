/**
 * Trains topic-model.ts's model: multinomial logistic regression by full-batch gradient descent (AdaGrad steps) with an
 * L2 penalty, from zero weights, examples in the order given: the same examples give the same file, byte for byte.
 * Used by scripts/train-topic-model.ts and the leave-one-batch-out measure, never on the request path: it lives in
 * scripts/, out of the app's source, so the bundle never holds it.
 */
import { type Features, type TopicModel, topicFeatures } from '../src/search/topic-model.ts';

export type TopicExample = { features: Features; topic: string };

/** Passes over the examples: more fits them closer, past a point only slower. */
const EPOCHS = 150;
/** AdaGrad's base step. Higher learns faster and may overshoot. */
const LEARNING_RATE = 0.5;
/**
 * L2 penalty per weight, per example: higher keeps weights small (a word seen in few messages says less), lower lets a
 * word that always meant one topic say so surely enough to overrule the matcher's lists (MODEL_DOUBT in matcher.ts).
 */
const L2 = 0.0015;
/** A word or pair must occur in this many examples to be a feature: rarer ones are patches, not evidence. */
const MIN_FEATURE_COUNT = 2;
/** Weights are written with this many decimals: the file stays small, the choices the same. */
const DECIMALS = 3;

/** The features seen in at least MIN_FEATURE_COUNT examples, in first-seen order. */
function featureNames(examples: readonly TopicExample[]): string[] {
  const counts = new Map<string, number>();
  for (const { features } of examples)
    for (const name of features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= MIN_FEATURE_COUNT).map(([name]) => name);
}

/** Each example's features as index/value pairs over `names`. */
function indexed(examples: readonly TopicExample[], names: readonly string[]) {
  const at = new Map(names.map((name, i) => [name, i]));
  return examples.map(({ features }) => {
    const pairs = [...features].filter(([name]) => at.has(name));
    return { index: pairs.map(([name]) => at.get(name)!), value: pairs.map(([, v]) => v) };
  });
}

/** The softmax of row-major logits for one example, in place. */
function softmax(logits: Float64Array): void {
  let top = -Infinity;
  for (const l of logits) top = Math.max(top, l);
  let total = 0;
  for (let k = 0; k < logits.length; k++) {
    logits[k] = Math.exp(logits[k]! - top);
    total += logits[k]!;
  }
  for (let k = 0; k < logits.length; k++) logits[k]! /= total;
}

/** Trains a model on the examples, over the topics they are labelled with (sorted). */
export function trainTopicModel(examples: readonly TopicExample[], header: TopicModel['header']): TopicModel {
  const topics = [...new Set(examples.map((e) => e.topic))].sort();
  const names = featureNames(examples);
  const rows = indexed(examples, names);
  const labels = examples.map((e) => topics.indexOf(e.topic));
  const K = topics.length;
  const F = names.length + 1; // the last row is the bias
  const w = new Float64Array(F * K);
  const squared = new Float64Array(F * K);
  const grad = new Float64Array(F * K);
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    grad.fill(0);
    rows.forEach(({ index, value }, n) => {
      for (let k = 0; k < K; k++) p[k] = w[(F - 1) * K + k]!;
      index.forEach((f, j) => {
        for (let k = 0; k < K; k++) p[k]! += w[f * K + k]! * value[j]!;
      });
      softmax(p);
      p[labels[n]!]! -= 1;
      index.forEach((f, j) => {
        for (let k = 0; k < K; k++) grad[f * K + k]! += p[k]! * value[j]!;
      });
      for (let k = 0; k < K; k++) grad[(F - 1) * K + k]! += p[k]!;
    });
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! / rows.length + (i < (F - 1) * K ? L2 * w[i]! : 0);
      squared[i]! += g * g;
      if (squared[i]! > 0) w[i]! -= (LEARNING_RATE * g) / Math.sqrt(squared[i]!);
    }
  }
  return written(w, names, topics, header);
}

function written(
  w: Float64Array,
  names: readonly string[],
  topics: string[],
  header: TopicModel['header'],
): TopicModel {
  const K = topics.length;
  const scale = 10 ** DECIMALS;
  const row = (f: number) => Array.from(w.subarray(f * K, f * K + K), (x) => Math.round(x * scale) / scale);
  const weights: Record<string, number[]> = {};
  names.forEach((name, f) => {
    const r = row(f);
    if (r.some((x) => x !== 0)) weights[name] = r;
  });
  return { header, topics, bias: row(names.length), weights };
}

/** A labelled message, as the conversation sets write them (only what the topic model learns from). */
export type LabelledMessage = { q: string; kind: string; topic: string | null; previous?: readonly string[] };

/**
 * The examples a set teaches: its labelled answers that stand alone, each with its topic. A follow-up's topic is its
 * thread's, not its words' ("and the home visit one?" asked of the pay): read alone it would teach noise.
 */
export const examplesFrom = (messages: readonly LabelledMessage[]): TopicExample[] =>
  messages
    .filter((m) => m.kind === 'answer' && m.topic !== null && !m.previous?.length)
    .map((m) => ({ features: topicFeatures(m.q), topic: m.topic! }));

/** A model trained on every set given, in their order; the header names them. */
export function trainFromSets(
  sets: ReadonlyArray<{ name: string; messages: readonly LabelledMessage[] }>,
  made: { date: string; command: string },
): TopicModel {
  const examples = sets.flatMap((set) => examplesFrom(set.messages));
  return trainTopicModel(examples, { trainedOn: sets.map((set) => set.name), ...made });
}
