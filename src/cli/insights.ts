import { overdueList } from '../knowledge/dates.ts';
import { knowledgeDir, loadKnowledge } from '../knowledge/load.ts';
import { openDatabase, readStorageConfig } from '../storage/index.ts';
import { insightsReport } from '../storage/report.ts';
import { runAsProgram, type Io } from '../runtime/program.ts';
import {
  CommandLineError,
  readCommandLine,
  runCommand,
  takes,
  writeLine,
  type Flags,
} from '../runtime/command-line.ts';
import { formatInsightsText } from './format-insights.ts';

const USAGE = `Usage:
  npm run insights                         everything recorded (question text: the last INSIGHTS_RETENTION_DAYS)
  npm run insights -- --since 7d           the last 7 days (also 24h, 30m, 2w, or a date: 2026-01-31)
  npm run --silent insights -- --json      one JSON object
  npm run insights -- --limit 20           longer lists (default 10)
Reads the database npm start uses: DATABASE_URL, else the SQLite file in DATABASE_PATH (see .env.example).`;

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** "7d", "24h", "30m", "2w", or a date/time: when the report starts; null if it cannot be read. */
export function parseSince(text: string, now = Date.now()): number | null {
  const relative = /^(\d+)\s*([mhdw])$/i.exec(text.trim());
  if (relative) return now - Number(relative[1]) * UNIT_MS[relative[2]!.toLowerCase()]!;
  if (!/^\d{4}-\d{2}-\d{2}/.test(text.trim())) return null;
  const at = Date.parse(text.trim());
  return Number.isNaN(at) ? null : at;
}

const FLAGS = {
  json: { type: 'boolean' },
  since: { type: 'string', takes: 'a duration such as 7d, 24h, 30m, 2w, or a date such as 2026-01-31' },
  limit: { type: 'string', takes: 'a whole number from 1 to 1000' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Flags;

/** How many rows each list of the report shows, unless --limit says otherwise; and the most it may ask. */
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 1000;

type Args = { json: boolean; since?: number; limit: number };

/** The command line read, or `null` for --help; a CommandLineError says what is wrong with it. */
function readArgs(argv: string[], now: number): Args | null {
  const { values } = readCommandLine(argv, FLAGS);
  if (values.help) return null;
  const since = values.since === undefined ? undefined : parseSince(values.since, now);
  if (since === null) throw new CommandLineError(takes('since', FLAGS.since, values.since));
  const limit = Number(values.limit ?? DEFAULT_LIMIT);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw new CommandLineError(takes('limit', FLAGS.limit, values.limit));
  return { json: values.json ?? false, ...(since === undefined ? {} : { since }), limit };
}

async function report(args: Args, env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  const kb = loadKnowledge(knowledgeDir(env));
  const database = await openDatabase(readStorageConfig(env).target);
  try {
    const report = await insightsReport(database, {
      since: args.since,
      limit: args.limit,
      overdueSources: overdueList(kb.sources),
    });
    writeLine(io.stdout, args.json ? JSON.stringify(report) : formatInsightsText(report, kb));
  } finally {
    await database.close();
  }
  return 0;
}

/** `npm run insights`: what people asked and how it went, from the database npm start writes to. */
export function main(argv: string[], env: NodeJS.ProcessEnv, io: Io, now = Date.now()): Promise<number> {
  return runCommand('insights', USAGE, io, () => {
    const args = readArgs(argv, now);
    if (args !== null) return report(args, env, io);
    writeLine(io.stdout, USAGE);
    return 0;
  });
}

runAsProgram(import.meta.url, main);
