import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

export type Engine = 'sqlite' | 'postgres';

/** Where the database is: a SQLite file (the default, no setup), or a PostgreSQL server for several instances. */
export type StorageTarget = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

export type StorageConfig = {
  target: StorageTarget;
  /** Days question text is kept; after that only the counts remain. */
  retentionDays: number;
  /** false: no question text is stored at all, only what was asked about (counts). */
  storeText: boolean;
  /** How long any query or connection may take (DATABASE_TIMEOUT_MS); database.ts's default when absent. */
  timeoutMs?: number;
};

/** The SQLite file when DATABASE_URL is unset, under the working directory (git-ignored). */
export const DEFAULT_DATABASE_PATH = 'data/career-bot.sqlite';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => ['true', '1', 'yes'].includes(v));

const VARIABLES = {
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      'must be a PostgreSQL URL, postgres://user:password@host:5432/database (unset: SQLite in DATABASE_PATH)',
    )
    .optional(),
  DATABASE_PATH: z.string().optional(),
  INSIGHTS_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(0, 'must be 0 or more')
    .max(3650, 'must be at most 3650')
    .default(30),
  INSIGHTS_STORE_TEXT: flag.default(true),
  // Well under Slack's 3 s: a reply may wait on a query or two (database.ts).
  DATABASE_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(50, 'must be at least 50')
    .max(2500, 'must be at most 2500 (Slack waits 3 s for an answer)')
    .default(1000),
};

export class StorageConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    // Every storage variable is in docs/configuration.md, which links to running several instances on PostgreSQL.
    super(`career-bot cannot start: ${variable} ${problem}. See .env.example and docs/configuration.md.`);
    this.name = 'StorageConfigError';
  }
}

/** Reads the storage settings; an empty value means unset, as a copied .env.example leaves them. */
export function readStorageConfig(env: Record<string, string | undefined>, cwd = process.cwd()): StorageConfig {
  const set: Record<string, string> = {};
  for (const name of Object.keys(VARIABLES)) {
    const value = env[name]?.trim();
    if (value) set[name] = value;
  }
  const result = z.object(VARIABLES).safeParse(set);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // Never echo the value: DATABASE_URL carries a password.
    throw new StorageConfigError(String(issue.path[0]), issue.message);
  }
  const {
    DATABASE_URL,
    DATABASE_PATH = DEFAULT_DATABASE_PATH,
    INSIGHTS_RETENTION_DAYS,
    INSIGHTS_STORE_TEXT,
    DATABASE_TIMEOUT_MS,
  } = result.data;
  const target: StorageTarget = DATABASE_URL
    ? { engine: 'postgres', url: DATABASE_URL }
    : {
        engine: 'sqlite',
        path: DATABASE_PATH === ':memory:' || isAbsolute(DATABASE_PATH) ? DATABASE_PATH : resolve(cwd, DATABASE_PATH),
      };
  return {
    target,
    retentionDays: INSIGHTS_RETENTION_DAYS,
    storeText: INSIGHTS_STORE_TEXT,
    timeoutMs: DATABASE_TIMEOUT_MS,
  };
}

/** A database URL fit for a log or an error: the password replaced. */
export function describeTarget(target: StorageTarget): string {
  if (target.engine === 'sqlite') return `SQLite file ${target.path}`;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = '***';
    return `PostgreSQL ${url.protocol}//${url.username ? `${url.username}${url.password ? ':***' : ''}@` : ''}${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL could not be read as a URL)';
  }
}
