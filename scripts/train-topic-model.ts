// Trains the learned topic model (src/search/topic-model.ts) from the committed labelled sets and writes
// models/topic-model.json, its header naming the sets, the date and this command:
//   npx tsx scripts/train-topic-model.ts
// Every set under test/conversation/ is learned from; the clean set (test/dev-questions.json) never is: it stays a guard.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../src/project-root.ts';
import { TOPIC_MODEL_FILE, type TopicModel } from '../src/search/topic-model.ts';
import { type LabelledMessage, trainFromSets } from './topic-training.ts';

export const TRAIN_COMMAND = 'npx tsx scripts/train-topic-model.ts';

/** The committed labelled sets, by file name, in name order. */
export function committedSets(): { name: string; messages: LabelledMessage[] }[] {
  const dir = projectPath('test', 'conversation');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: file, messages: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}

/** The model the committed sets train, as the file writes it (dated `date`). */
export const retrained = (date: string): string =>
  `${JSON.stringify(trainFromSets(committedSets(), { date, command: TRAIN_COMMAND }) satisfies TopicModel)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(TOPIC_MODEL_FILE, retrained(new Date().toISOString().slice(0, 10)));
  console.log(`wrote ${TOPIC_MODEL_FILE}`);
}
