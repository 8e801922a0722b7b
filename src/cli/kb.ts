import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, knowledgeDir } from '../knowledge/load.ts';
import { formatCheckText, formatProblemsText } from './format-kb.ts';
import { addAnswer, UsageError } from './kb-add-answer.ts';
import { checkKnowledge } from './kb-check.ts';
import { runWhenStarted } from './run.ts';

const USAGE = `Usage:
  npm run kb -- check                       validate the knowledge folder, naming every problem; list sources and
                                            when their review is due, drafts waiting for review, what each role
                                            says per topic; ask every topic's and role's example questions
  npm run kb -- check --questions FILE      also ask the questions in FILE (docs/knowledge.md: Self-test)
  npm run --silent kb -- check --json       the same as one JSON object
  npm run kb -- add-answer <id> [--role R] [--topic T] [--author NAME]
                                            an HR team answer (npm run insights lists its id) as a draft fact
Options: --dir <folder> (default KNOWLEDGE_DIR, else knowledge/), --today YYYY-MM-DD (the day to check against).
add-answer reads the database npm start uses: DATABASE_URL, else the SQLite file in DATABASE_PATH.`;

type Args = { command: string | null; positional: string[]; dir: string; today: string; json: boolean; role?: string; topic?: string; author?: string; questions?: string; help: boolean };

const VALUED = new Set(['--dir', '--today', '--role', '--topic', '--author', '--questions']);

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv, now = new Date()): Args | string {
  const args: Args = { command: null, positional: [], dir: knowledgeDir(env) ?? DEFAULT_KNOWLEDGE_DIR, today: now.toISOString().slice(0, 10), json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag === '--json') args.json = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (VALUED.has(flag)) {
      const value = inline ?? argv[++i];
      if (!value) return `${flag} needs a value`;
      if (flag === '--today' && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) return '--today takes a date: YYYY-MM-DD';
      args[flag.slice(2) as 'dir' | 'today' | 'role' | 'topic' | 'author' | 'questions'] = value;
    } else if (flag.startsWith('-')) return `unknown option: ${argv[i]}`;
    else if (args.command === null) args.command = flag;
    else args.positional.push(argv[i]!);
  }
  return args;
}

function check(args: Args): number {
  const result = checkKnowledge(args.dir, new Date(`${args.today}T00:00:00Z`), args.questions);
  if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else if (result.valid) console.log(formatCheckText(result));
  else console.error(formatProblemsText(result));
  // A question that misses fails the check as a broken file does: CI sees both; the app still loads the folder.
  return result.valid && result.selfTest.missed.length === 0 && result.questionProblems.length === 0 ? 0 : 1;
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const args = parseArgs(argv, env);
  if (typeof args === 'string' || args.help || args.command === null) {
    const problem = typeof args === 'string' ? args : args.help ? null : 'say what to do: check or add-answer';
    (problem ? console.error : console.log)(problem ? `${problem}\n\n${USAGE}` : USAGE);
    return problem ? 2 : 0;
  }
  try {
    if (args.command === 'check') return check(args);
    if (args.command === 'add-answer') {
      if (args.positional.length !== 1) throw new UsageError('add-answer takes one id, as `npm run insights` shows it: [add-answer <id>]');
      console.log(await addAnswer({ id: args.positional[0]!, role: args.role, topic: args.topic, author: args.author, dir: args.dir, today: args.today }, env));
      return 0;
    }
    console.error(`unknown command: ${args.command}\n\n${USAGE}`);
    return 2;
  } catch (error) {
    if (!(error instanceof KnowledgeError || error instanceof UsageError)) throw error;
    if (args.json && error instanceof KnowledgeError) process.stdout.write(`${JSON.stringify({ valid: false, problems: error.problems })}\n`);
    console.error(error instanceof KnowledgeError ? `✗ The knowledge folder does not load:\n${error.message}` : `✗ ${error.message}`);
    return 1;
  }
}

runWhenStarted(import.meta.url, 'kb', main);
