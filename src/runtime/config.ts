/**
 * The environment the Slack app runs from. Each variable says where to get it, so a failed start-up
 * tells the admin what to fix. Values are never echoed: they may be secrets.
 */
import { z } from 'zod';

const VARIABLES = {
  SLACK_BOT_TOKEN: {
    schema: z.string().regex(/^xoxb-/, 'must be a bot token starting with "xoxb-"'),
    where: 'api.slack.com/apps → your app → OAuth & Permissions → Bot User OAuth Token (after "Install to Workspace")',
  },
  SLACK_SIGNING_SECRET: {
    schema: z.string().regex(/^\S{8,}$/, 'must be the signing secret, one word without spaces'),
    where: 'api.slack.com/apps → your app → Basic Information → App Credentials → Signing Secret',
  },
  SLACK_APP_TOKEN: {
    schema: z
      .string()
      .regex(/^xapp-/, 'must be an app-level token starting with "xapp-"')
      .optional(),
    where:
      'api.slack.com/apps → your app → Basic Information → App-Level Tokens → Generate (scope connections:write); leave it unset for HTTP mode',
  },
  SLACK_API_URL: {
    schema: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' }).optional(),
    where: 'only for GovSlack (https://slack-gov.com/api/) or a test stand-in; leave it unset for slack.com',
  },
  PORT: {
    schema: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(0)
      .max(65535, 'must be at most 65535')
      .default(3000),
    where: 'the HTTP port to listen on in HTTP mode (default 3000)',
  },
  KNOWLEDGE_DIR: {
    schema: z.string().optional(),
    where: 'the knowledge folder to answer from (default: knowledge/ in this repository)',
  },
  KNOWLEDGE_WATCH: {
    schema: z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
      .transform((v) => ['true', '1', 'yes'].includes(v))
      .default(true),
    where: 'false: reload the knowledge folder only on SIGHUP, not whenever one of its files changes (default true)',
  },
  REDACT_PATIENT_DETAILS: {
    schema: z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
      .transform((v) => ['true', '1', 'yes'].includes(v))
      .default(true),
    where:
      "false keeps questions as typed, patient names, record numbers and dates included, in logs, insights and the HR team's channel: only for a hospital whose own controls cover all three (default true: taken out)",
  },
  LOG_LEVEL: {
    schema: z
      .enum(['debug', 'info', 'warn', 'error'], { error: 'must be one of debug, info, warn, error' })
      .default('info'),
    where: "Bolt's log level (default info)",
  },
  LOG_FORMAT: {
    schema: z.enum(['text', 'json'], { error: 'must be text or json' }).default('text'),
    where: 'json for one JSON object a line (log collectors), text for people (default text)',
  },
  INSIGHTS_ADMINS: {
    schema: z
      .string()
      .regex(/^\s*U[A-Z0-9]+(\s*,\s*U[A-Z0-9]+)*\s*$/, 'must be Slack user ids (U…) separated by commas')
      .transform((ids) => ids.split(',').map((id) => id.trim()))
      .default([]),
    where:
      "Slack user ids (profile → ⋮ → Copy member ID), comma-separated, whose App Home shows insights (default: nobody's)",
  },
  EXPERTS_CHANNEL: {
    schema: z
      .string()
      .regex(/^[CG][A-Z0-9]{2,}$/, 'must be a channel id such as C0123456789 (not its name)')
      .optional(),
    where:
      'the channel id where the HR team answers questions the article does not (Slack: the channel\'s name → About → Channel ID); invite career-bot there. Unset: no "Ask the HR team"',
  },
  ANSWER_CHANNELS: {
    schema: z
      .string()
      .regex(
        /^\s*[CG][A-Z0-9]{2,}(\s*,\s*[CG][A-Z0-9]{2,})*\s*$/,
        'must be channel ids (C… or G…) separated by commas, not names',
      )
      .transform((ids) => ids.split(',').map((id) => id.trim()))
      .default([]),
    where:
      "channel ids, comma-separated, where career-bot answers questions about the roles unasked, in the question's thread (docs/answering-in-channels.md); invite career-bot to each. Unset: it answers only when asked",
  },
  ANSWER_CHANNELS_HOURLY_CAP: {
    schema: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100, 'must be at most 100')
      .default(6),
    where: 'at most this many unasked answers per channel in any hour, so a busy channel is never flooded (default 6)',
  },
  ESCALATIONS_PER_HOUR: {
    schema: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(1000, 'must be at most 1000')
      .default(5),
    where:
      'how many questions one person may send the HR team per clock hour; past it they are told when they can ask again (default 5)',
  },
  SHUTDOWN_GRACE_SECONDS: {
    schema: z.coerce.number({ error: 'must be a number' }).min(0).max(300, 'must be at most 300').default(8),
    where:
      "how long SIGTERM/SIGINT waits for requests in flight (default 8; keep it under the orchestrator's own grace period)",
  },
} as const;

type Variables = typeof VARIABLES;
export type ConfigName = keyof Variables;

export const ConfigSchema = z.object(
  Object.fromEntries(Object.entries(VARIABLES).map(([name, v]) => [name, v.schema])) as {
    [K in ConfigName]: Variables[K]['schema'];
  },
);
export type Config = z.infer<typeof ConfigSchema>;

/** Where to get each variable, for .env.example, docs/configuration.md and error messages. */
export const CONFIG_HELP: Record<ConfigName, string> = Object.fromEntries(
  Object.entries(VARIABLES).map(([name, v]) => [name, v.where]),
) as Record<ConfigName, string>;

export class ConfigError extends Error {
  constructor(readonly problems: Array<{ variable: string; message: string }>) {
    super(
      [
        'career-bot cannot start: the environment (or .env) is not complete.',
        ...problems.map(
          (p) =>
            `  ${p.variable} ${p.message}.\n    Where to get it: ${CONFIG_HELP[p.variable as ConfigName] ?? 'see .env.example'}`,
        ),
        'See .env.example and docs/configuration.md.',
      ].join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** People leave `NAME=` lines in a .env copied from .env.example: an empty value means unset. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of Object.keys(VARIABLES)) {
    const value = env[name]?.trim();
    if (value) kept[name] = value;
  }
  return kept;
}

/** Whether the two credentials Slack needs are there at all: the one test that decides Slack vs. no Slack. */
export function hasSlackCredentials(env: Record<string, string | undefined>): boolean {
  const set = withoutEmpty(env);
  return set.SLACK_BOT_TOKEN !== undefined && set.SLACK_SIGNING_SECRET !== undefined;
}

/** The error for an environment without Slack credentials, naming each missing one and where to get it. */
export function missingCredentials(env: Record<string, string | undefined>): ConfigError {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  return new ConfigError([]);
}

/** One true/false variable alone, checked as readConfig checks it: the playground needs these before its configuration. */
function readFlag(
  env: Record<string, string | undefined>,
  name: 'KNOWLEDGE_WATCH' | 'REDACT_PATIENT_DETAILS',
): boolean {
  const result = VARIABLES[name].schema.safeParse(withoutEmpty(env)[name]);
  if (result.success) return result.data;
  throw new ConfigError([{ variable: name, message: result.error.issues[0]!.message }]);
}

export const readKnowledgeWatch = (env: Record<string, string | undefined>): boolean =>
  readFlag(env, 'KNOWLEDGE_WATCH');

/** REDACT_PATIENT_DETAILS: the answerer is built with it, before the app or the playground is configured. */
export const readRedaction = (env: Record<string, string | undefined>): boolean =>
  readFlag(env, 'REDACT_PATIENT_DETAILS');

/** Reads and checks the configuration; throws ConfigError naming every bad or missing variable. */
export function readConfig(env: Record<string, string | undefined>): Config {
  const set = withoutEmpty(env);
  const result = ConfigSchema.safeParse(set);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? '(environment)');
      // zod's own wording for a missing value is about types; say it plainly.
      return { variable, message: set[variable] === undefined ? 'is not set' : issue.message };
    }),
  );
}
