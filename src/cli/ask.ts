import { createInterface } from 'node:readline';
import { rolesPhrase } from '../blocks/parts.ts';
import { converse, replay } from '../conversation/context.ts';
import { knowledgeDir, loadKnowledge } from '../knowledge/load.ts';
import { createAnswerer, type Answer, type Answerer } from '../search/answer.ts';
import { runAsProgram, type Io } from '../runtime/program.ts';
import { CommandLineError, readCommandLine, runCommand, writeLine, type Flags } from '../runtime/command-line.ts';
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
  if (typeof question !== 'string')
    return { question: line, previous: [], error: 'no "question" string: read as a question' };
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
async function chat(answerer: Answerer, io: Io): Promise<void> {
  // Loaded here: only a chat needs a database (SQLite in memory, nothing kept), not a question asked once.
  const { openStorage, readStorageConfig } = await import('../storage/index.ts');
  const log = { warn: (message: string) => writeLine(io.stderr, message), info: () => {} };
  const storage = await openStorage(readStorageConfig({ DATABASE_PATH: ':memory:' }), log);
  const lines = createInterface({ input: io.stdin, output: io.stdout, prompt: 'you> ' });
  writeLine(io.stdout, `Ask about ${rolesPhrase(answerer.kb)}; follow-ups keep the thread. Ctrl-D to leave.`);
  lines.prompt();
  try {
    for await (const line of lines) {
      if (line.trim() !== '')
        writeLine(
          io.stdout,
          `${formatAnswerText(await converse(answerer, storage.contextStore, 'chat', line), answerer.kb)}\n`,
        );
      lines.prompt();
    }
  } finally {
    await storage.close();
  }
}

/** --json with no question: one JSON line out per line in, until standard input ends. */
async function answerLines(answerer: Answerer, io: Io): Promise<void> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) writeLine(io.stdout, answerLine(answerer, line));
}

const FLAGS = {
  json: { type: 'boolean' },
  chat: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Flags;

async function ask(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  const { values, positionals } = readCommandLine(argv, FLAGS, { positionals: true });
  if (values.help) {
    writeLine(io.stdout, USAGE);
    return 0;
  }
  if (values.chat && (values.json || positionals.length)) {
    throw new CommandLineError(
      '--chat reads its questions from the terminal, one a line: give it no question and no --json',
    );
  }
  if (!values.chat && !values.json && positionals.length === 0) throw new CommandLineError('ask a question');
  const answerer = createAnswerer(loadKnowledge(knowledgeDir(env)));
  if (values.chat) await chat(answerer, io);
  else if (positionals.length === 0) await answerLines(answerer, io);
  else {
    const question = positionals.join(' ');
    writeLine(
      io.stdout,
      values.json ? answerLine(answerer, question) : formatAnswerText(answerer.ask(question), answerer.kb),
    );
  }
  return 0;
}

/** `npm run ask`: the bot's answers in a terminal, as text or as JSON lines for other tools. */
export function main(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  return runCommand('ask', USAGE, io, () => ask(argv, env, io));
}

runAsProgram(import.meta.url, main);
