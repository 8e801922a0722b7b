import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, knowledgeDir } from '../knowledge/load.ts';
import { runAsProgram, type Io } from '../runtime/program.ts';
import {
  CommandLineError,
  readCommandLine,
  runCommand,
  takes,
  writeLine,
  type Flags,
  type Values,
} from '../runtime/command-line.ts';
import { formatCheckText, formatProblemsText } from './format-kb.ts';
import { addAnswer, UsageError } from './kb-add-answer.ts';
import { checkKnowledge } from './kb-check.ts';

const USAGE = `Usage:
  npm run kb -- check                       validate the knowledge folder, naming every problem; list sources and
                                            when their review is due, drafts waiting for review, what each role
                                            says per topic; ask every topic's and role's example questions
  npm run kb -- check --questions FILE      also ask the questions in FILE (docs/knowledge.md: Self-test)
  npm run --silent kb -- check --json       the same as one JSON object
  npm run kb -- check --dir /tmp/kb         check another folder (or: KNOWLEDGE_DIR=/tmp/kb npm run kb -- check)
  npm run kb -- add-answer <id> [--role R] [--topic T] [--author NAME]
                                            an HR team answer (npm run insights lists its id) as a draft fact
Options: --dir <folder> (default KNOWLEDGE_DIR, else knowledge/), --today YYYY-MM-DD (the day to check against).
add-answer reads the database npm start uses: DATABASE_URL, else the SQLite file in DATABASE_PATH.`;

const FLAGS = {
  dir: { type: 'string', takes: 'a knowledge folder' },
  today: { type: 'string', takes: 'a date: YYYY-MM-DD' },
  json: { type: 'boolean' },
  questions: { type: 'string', takes: 'a JSON file of questions (docs/knowledge.md: Self-test)' },
  role: { type: 'string', takes: "a role's id, or both" },
  topic: { type: 'string', takes: "a topic's id" },
  author: { type: 'string', takes: 'the name of who wrote the answer down' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Flags;

/** Each command's own flags besides --dir, --today and --help: another command's flag is a mistake, said so. */
const COMMANDS = { check: ['json', 'questions'], 'add-answer': ['role', 'topic', 'author'] } as const;
type Command = keyof typeof COMMANDS;

type Args = Values<typeof FLAGS> & { command: Command; positional: string[]; dir: string; today: string };

/** The command line read, or `null` for --help; a CommandLineError says what is wrong with it. */
function readArgs(argv: string[], env: NodeJS.ProcessEnv, now: Date): Args | null {
  const { values, positionals } = readCommandLine(argv, FLAGS, { positionals: true });
  if (values.help) return null;
  const [command, ...positional] = positionals;
  if (command === undefined) throw new CommandLineError('say what to do: check or add-answer');
  if (!Object.hasOwn(COMMANDS, command))
    throw new CommandLineError(`unknown command: ${command}: the commands are check, add-answer`);
  const own: readonly string[] = COMMANDS[command as Command];
  const other = Object.keys(values).find((name) => !['dir', 'today', ...own].includes(name));
  if (other)
    throw new CommandLineError(
      `--${other} is not an option of ${command}: its options are ${[...own, 'dir', 'today'].map((n) => `--${n}`).join(', ')}`,
    );
  if (command === 'check' && positional.length)
    throw new CommandLineError(`check takes no argument: "${positional[0]}"`);
  if (command === 'add-answer' && positional.length !== 1)
    throw new CommandLineError('add-answer takes one id, as `npm run insights` shows it: [add-answer <id>]');
  const today = values.today ?? now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
    throw new CommandLineError(takes('today', FLAGS.today, today));
  return {
    ...values,
    command: command as Command,
    positional,
    dir: values.dir ?? knowledgeDir(env) ?? DEFAULT_KNOWLEDGE_DIR,
    today,
  };
}

function check(args: Args, io: Io): number {
  const result = checkKnowledge(args.dir, new Date(`${args.today}T00:00:00Z`), args.questions);
  if (args.json) writeLine(io.stdout, JSON.stringify(result));
  else if (result.valid) writeLine(io.stdout, formatCheckText(result));
  else writeLine(io.stderr, formatProblemsText(result));
  // A question that misses fails the check as a broken file does: CI sees both; the app still loads the folder.
  return result.valid && result.selfTest.missed.length === 0 && result.questionProblems.length === 0 ? 0 : 1;
}

async function run(args: Args, env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  try {
    if (args.command === 'check') return check(args, io);
    const { role, topic, author, dir, today } = args;
    writeLine(io.stdout, await addAnswer({ id: args.positional[0]!, role, topic, author, dir, today }, env));
    return 0;
  } catch (error) {
    if (!(error instanceof KnowledgeError || error instanceof UsageError)) throw error;
    if (args.json && error instanceof KnowledgeError)
      writeLine(io.stdout, JSON.stringify({ valid: false, problems: error.problems }));
    writeLine(
      io.stderr,
      error instanceof KnowledgeError
        ? `✗ The knowledge folder does not load:\n${error.message}`
        : `✗ ${error.message}`,
    );
    return 1;
  }
}

/** `npm run kb -- <command>`: check the knowledge folder, or add an HR team answer to it as a draft. */
export function main(argv: string[], env: NodeJS.ProcessEnv, io: Io, now = new Date()): Promise<number> {
  return runCommand('kb', USAGE, io, () => {
    const args = readArgs(argv, env, now);
    if (args !== null) return run(args, env, io);
    writeLine(io.stdout, USAGE);
    return 0;
  });
}

runAsProgram(import.meta.url, main);
