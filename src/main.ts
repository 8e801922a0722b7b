import { buildAnswerer, createLiveKnowledge, type LiveKnowledge, type LiveKnowledgeOptions } from './search/live.ts';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, knowledgeDir } from './knowledge/load.ts';
import {
  ConfigError,
  hasSlackCredentials,
  missingCredentials,
  readConfig,
  readKnowledgeWatch,
  readRedaction,
} from './runtime/config.ts';
import { createLogger, type AppLogger } from './runtime/logger.ts';
import { readCommandLine, runCommand, writeLine, type Flags } from './runtime/command-line.ts';
import { runAsProgram, type Io } from './runtime/program.ts';
import { appLogger } from './slack/app.ts';
import {
  openStorage,
  readStorageConfig,
  StorageConfigError,
  StorageUnavailableError,
  type Storage,
  type StorageConfig,
} from './storage/index.ts';
import { pidLine, reloadOnHangup, stopOnSignals, stopWithNpm } from './runtime/shutdown.ts';
import { startSlackApp, type RunningSlackApp } from './slack/start.ts';
// Type only: the playground's code is loaded only when it is started.
import type { RunningPlayground } from './playground/start.ts';

export { startSlackApp, type RunningSlackApp, type StartOptions } from './slack/start.ts';

/** Setting any of these means Slack is wanted; with none, `npm start` opens the playground instead. */
const SLACK_CREDENTIALS = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'] as const;

/** `npm start`: knowledge, then configuration, then the Slack app. Any failure stops start-up with a reason. */
export async function start(env: NodeJS.ProcessEnv, io: Io): Promise<RunningSlackApp | RunningPlayground> {
  // A broken knowledge file is a bug in the data: better not to start than to answer from half of it. Once
  // running, a broken edit is refused instead, and the knowledge already loaded keeps answering.
  const dir = knowledgeDir(env) ?? DEFAULT_KNOWLEDGE_DIR;
  // Patient details are taken out of every question kept or sent on, unless REDACT_PATIENT_DETAILS=false.
  const redact = readRedaction(env);
  const build = (from: string) => buildAnswerer(from, { redact });
  const initial = await build(dir);

  // The one place that decides what happens without Slack credentials. With none at all, the local playground
  // (a Slack-like page where this same app answers); with some but not all, say what is missing.
  if (!SLACK_CREDENTIALS.some((name) => env[name]?.trim())) return startWithoutSlack({ dir, build, initial }, env, io);
  if (!hasSlackCredentials(env)) throw missingCredentials(env);
  const config = readConfig(env);
  const storageConfig = readStorageConfig(env);
  const logger = appLogger(config, [databasePassword(storageConfig)]);
  // Migrated before the first request; a database that cannot be used stops start-up with the variable to fix.
  const storage = await openStorage(storageConfig, logger);
  logger.info(`storage: ${storage.database.description}`, { event: 'storage', engine: storage.database.engine });

  const knowledge = await createLiveKnowledge({ dir, build, initial, watch: config.KNOWLEDGE_WATCH, logger }).catch(
    async (error: unknown) => {
      await storage.close();
      throw error;
    },
  );
  const running = await startSlackApp({ config, knowledge, logger, storage }).catch(async (error: unknown) => {
    knowledge.close();
    await storage.close();
    throw error;
  });
  withStorageClosed(running, storage, reloadWhileRunning(knowledge));
  announce(running, logger);
  stopOnSignals(running, { graceMs: config.SHUTDOWN_GRACE_SECONDS * 1000, logger });
  guardProcess(env, logger);
  return running;
}

/** Where Slack reaches the app (or that it is connected), and the pid to signal. */
function announce(running: RunningSlackApp, logger: AppLogger): void {
  logger.info(
    running.mode === 'socket'
      ? 'career-bot is running in Socket Mode (connected to Slack, no public URL needed).'
      : `career-bot is listening on port ${running.port}: Slack's request URL is https://{your host}${new URL(running.url!).pathname} (locally ${running.url}).`,
    { event: 'started', mode: running.mode, port: running.port },
  );
  logger.info(pidLine(), { event: 'pid', pid: process.pid });
}

/** The app stops when npm does; an unhandled rejection is logged, and does not stop it. */
function guardProcess(env: NodeJS.ProcessEnv, logger: AppLogger): void {
  stopWithNpm(env, (why) => {
    logger.error(why, { event: 'parent-gone' });
    process.kill(process.pid, 'SIGTERM');
  });
  // One request's bug must not take every other user's answers down with it: logged, and the app carries on.
  process.on('unhandledRejection', (reason) => {
    logger.error(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`, {
      event: 'unhandled-rejection',
    });
  });
}

type KnowledgeSource = Pick<LiveKnowledgeOptions, 'dir' | 'build' | 'initial'>;

/** No Slack credentials at all: the local playground, a Slack-like page where this same app answers. */
async function startWithoutSlack(source: KnowledgeSource, env: NodeJS.ProcessEnv, io: Io): Promise<RunningPlayground> {
  const { startPlayground } = await import('./playground/start.ts');
  const knowledge = await createLiveKnowledge({ ...source, watch: readKnowledgeWatch(env) });
  const playground = withKnowledgeClosed(
    await startPlayground({ knowledge, env }).catch(closing(knowledge)),
    knowledge,
  );
  io.stdout.write(
    `career-bot is running without Slack: open ${playground.url} to try it in a local, Slack-like preview.\n` +
      'To connect it to Slack, set the variables in .env.example (see the README) and run npm start again.\n' +
      `${pidLine()}\n`,
  );
  stopWithNpm(env, (why) => {
    io.stderr.write(`${why}\n`);
    void playground.stop().then(() => process.exit(0));
  });
  return playground;
}

/** The password in DATABASE_URL, so the logger redacts it wherever it might appear. */
function databasePassword(config: StorageConfig): string | undefined {
  if (config.target.engine !== 'postgres') return undefined;
  try {
    return decodeURIComponent(new URL(config.target.url).password) || undefined;
  } catch {
    return undefined;
  }
}

/** A failed start stops watching the knowledge folder too. */
const closing =
  (knowledge: LiveKnowledge) =>
  (error: unknown): never => {
    knowledge.close();
    throw error;
  };

/**
 * While running, the knowledge folder is reloaded when its files change and on SIGHUP (docs/knowledge.md: Edits
 * without a restart). Returns what stops both, for when the app stops.
 */
function reloadWhileRunning(knowledge: LiveKnowledge): () => void {
  const stopHangup = reloadOnHangup(knowledge);
  return () => {
    stopHangup();
    knowledge.close();
  };
}

/** The playground stopped stops the reloads too. */
function withKnowledgeClosed(running: RunningPlayground, knowledge: LiveKnowledge): RunningPlayground {
  const stopReloads = reloadWhileRunning(knowledge);
  const stop = running.stop.bind(running);
  running.stop = () => {
    stopReloads();
    return stop();
  };
  return running;
}

/**
 * Stopping the app (a signal, or a caller) stops the knowledge reloads, writes the records still queued and
 * closes the database last.
 */
function withStorageClosed(running: RunningSlackApp, storage: Storage, stopReloads: () => void): void {
  const drain = running.drain.bind(running);
  running.drain = async (graceMs) => {
    stopReloads();
    const result = await drain(graceMs);
    await storage.close().catch(() => {});
    return result;
  };
  running.stop = () => running.drain(8_000).then(() => undefined);
}

const USAGE = `Usage:
  npm start      the Slack app, configured by the environment and .env (README: Configuration); with no Slack
                 variable set, the playground: a local, Slack-like page where the same app answers
It takes no options but --help. Once running, SIGHUP reloads the knowledge and SIGTERM stops it.`;

/** Why start-up failed, as the operator reads it: the log's JSON line when LOG_FORMAT=json, else one line. */
function startFailed(error: unknown, env: NodeJS.ProcessEnv, io: Io): void {
  const line = (text: string) => io.stderr.write(`${text}\n`);
  if (env.LOG_FORMAT?.trim() === 'json') {
    // Log collectors get the same reason as one JSON line (with the broken file and field as fields).
    const where = error instanceof KnowledgeError ? { file: error.file, field: error.field } : {};
    const log = createLogger({ format: 'json', write: line });
    log.error(`career-bot cannot start: ${error instanceof Error ? error.message : String(error)}`, {
      event: 'start-failed',
      ...where,
    });
  } else if (error instanceof KnowledgeError)
    line(`career-bot cannot start: a knowledge file is broken: ${error.message}`);
  else if (
    error instanceof ConfigError ||
    error instanceof StorageConfigError ||
    error instanceof StorageUnavailableError
  )
    line(error.message);
  else line(`career-bot cannot start: ${error instanceof Error ? error.message : String(error)}`);
}

const FLAGS = { help: { type: 'boolean', short: 'h' } } as const satisfies Flags;

/** `npm start` as a program: 0 once the app is up (it then runs until a signal stops it), 1 if it cannot start. */
export function main(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  return runCommand('career-bot', USAGE, io, async () => {
    if (readCommandLine(argv, FLAGS).values.help) {
      writeLine(io.stdout, USAGE);
      return 0;
    }
    try {
      await start(env, io);
      return 0;
    } catch (error) {
      startFailed(error, env, io);
      return 1;
    }
  });
}

runAsProgram(import.meta.url, main, { serves: true });
