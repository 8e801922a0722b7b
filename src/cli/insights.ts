import { overdueList } from '../knowledge/dates.ts';
import { knowledgeDir, loadKnowledge } from '../knowledge/load.ts';
import { openDatabase, readStorageConfig } from '../storage/index.ts';
import { insightsReport } from '../storage/report.ts';
import { formatInsightsText } from './format-insights.ts';
import { runWhenStarted } from './run.ts';

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

type Args = { json: boolean; since?: number; limit: number; help: boolean };

export function parseArgs(argv: string[], now = Date.now()): Args | string {
  const args: Args = { json: false, limit: 10, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') args.json = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--since') {
      const since = parseSince(value() ?? '', now);
      if (since === null) return '--since takes a duration such as 7d, 24h, 30m, 2w, or a date such as 2026-01-31';
      args.since = since;
    } else if (flag === '--limit') {
      const limit = Number(value());
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return '--limit takes a whole number from 1 to 1000';
      args.limit = limit;
    } else return `unknown argument: ${argv[i]}`;
  }
  return args;
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string' || args.help) {
    (typeof args === 'string' ? console.error : console.log)(typeof args === 'string' ? `${args}\n\n${USAGE}` : USAGE);
    return typeof args === 'string' ? 2 : 0;
  }
  const kb = loadKnowledge(knowledgeDir(env));
  const database = await openDatabase(readStorageConfig(env).target);
  try {
    const report = await insightsReport(database, { since: args.since, limit: args.limit, overdueSources: overdueList(kb.sources) });
    if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else console.log(formatInsightsText(report, kb));
  } finally {
    await database.close();
  }
  return 0;
}

runWhenStarted(import.meta.url, 'insights', main);
