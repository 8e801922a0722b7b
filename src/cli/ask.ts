import { config as loadDotenv } from 'dotenv';
import { createInterface } from 'node:readline';
import { rolesPhrase } from '../blocks/parts.ts';
import { converse, replay } from '../conversation/context.ts';
import { knowledgeDir, loadKnowledge } from '../knowledge/load.ts';
import { createAnswerer, type Answer, type Answerer } from '../search/answer.ts';
import { formatAnswerText } from './format-text.ts';

const USAGE = `Usage:
  npm run ask -- "what certification does a care manager need"
  npm run ask -- --chat                               (a conversation: each line is read with the ones before)
  npm run --silent ask -- --json "one question"
  npm run --silent ask -- --json < questions.txt     (one JSON object out per line in)

With --json, a line in is a question, or a JSON object with the conversation's earlier messages, oldest first:
  {"question": "and care managers?", "previous": ["what certification do case managers need?"]}`;

/** What the JSON contract calls each kind of reply: an empty message is small talk (a bare mention). */
const KIND: Record<Answer['kind'], 'answer' | 'decline' | 'smalltalk'> = {
  answer: 'answer',
  declined: 'decline',
  smalltalk: 'smalltalk',
};

/** The JSON line format is a contract other tools read: fields are only ever added, with them. */
function toJsonLine(question: string, answer: Answer, error?: string): string {
  return JSON.stringify({
    question,
    topic: answer.topic,
    roles: answer.roles,
    section: answer.section,
    confidence: answer.confidence,
    kind: KIND[answer.kind],
    covered: answer.covered,
    sources: answer.citations.map((c) => c.source),
    ...(error ? { error } : {}),
  });
}

type Line = { question: string; previous: string[]; error?: string };

/** A line in: plain text is the question; a JSON object brings its earlier messages. Never throws. */
function readLine(line: string): Line {
  if (!line.trimStart().startsWith('{')) return { question: line, previous: [] };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { question: line, previous: [], error: `not valid JSON (${(error as Error).message}): read as a question` };
  }
  const { question, previous = [] } = (value ?? {}) as { question?: unknown; previous?: unknown };
  if (typeof question !== 'string') return { question: line, previous: [], error: 'no "question" string: read as a question' };
  if (!Array.isArray(previous) || !previous.every((p) => typeof p === 'string')) {
    return { question, previous: [], error: '"previous" must be a list of strings: ignored' };
  }
  return { question, previous };
}

function answerLine(answerer: Answerer, raw: string): string {
  const line = readLine(raw);
  return toJsonLine(line.question, answerer.ask(line.question, replay(answerer, line.previous)), line.error);
}

/** A terminal conversation: each line is read with the last answered one, as in a DM, remembered as the app does. */
async function chat(answerer: Answerer): Promise<void> {
  // Loaded here: only a chat needs a database (SQLite in memory, nothing kept), not a question asked once.
  const { openStorage, readStorageConfig } = await import('../storage/index.ts');
  const storage = await openStorage(readStorageConfig({ DATABASE_PATH: ':memory:' }), { warn: console.error, info: () => {} });
  const lines = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
  console.log(`Ask about ${rolesPhrase(answerer.kb)}; follow-ups keep the thread. Ctrl-D to leave.`);
  lines.prompt();
  try {
    for await (const line of lines) {
      if (line.trim() !== '') console.log(`${formatAnswerText(await converse(answerer, storage.contextStore, 'chat', line), answerer.kb)}\n`);
      lines.prompt();
    }
  } finally {
    await storage.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((a) => a !== '--json' && a !== '--chat');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const answerer = createAnswerer(loadKnowledge(knowledgeDir(process.env)));
  if (argv.includes('--chat')) {
    await chat(answerer);
    return 0;
  }
  if (json && words.length === 0) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) process.stdout.write(`${answerLine(answerer, line)}\n`);
    return 0;
  }
  if (words.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const question = words.join(' ');
  console.log(json ? answerLine(answerer, question) : formatAnswerText(answerer.ask(question), answerer.kb));
  return 0;
}

loadDotenv({ quiet: true });
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
