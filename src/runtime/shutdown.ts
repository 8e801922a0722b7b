/**
 * SIGTERM (an orchestrator, `docker stop`) and SIGINT (Ctrl-C) stop the app gracefully: no new requests, the
 * ones in flight (and answers still being posted) finish within the grace period, then exit 0. If the grace
 * period runs out first, what was left is logged and the exit code is 1, so a lost answer is visible. A second
 * signal during the wait exits at once.
 */
import type { Logger } from '@slack/bolt';

export type Stoppable = {
  /** Stops accepting, waits up to `graceMs` for in-flight work; says whether everything finished. */
  drain(graceMs: number): Promise<{ drained: boolean; pending: number }>;
};

export type ShutdownOptions = {
  graceMs: number;
  logger: Logger;
  exit?: (code: number) => void;
  signals?: readonly NodeJS.Signals[];
};

/**
 * SIGHUP reloads the knowledge folder, as a daemon's configuration is reloaded: the app never stops for it (by
 * default Node would). Returns how to stop listening.
 */
export function reloadOnHangup(knowledge: { reload(reason: string): Promise<unknown> }): () => void {
  // A reload never rejects: a broken edit is logged, and the knowledge that was answering keeps answering.
  const onHangup = () => void knowledge.reload('SIGHUP');
  process.on('SIGHUP', onHangup);
  return () => process.off('SIGHUP', onHangup);
}

export function stopOnSignals(app: Stoppable, options: ShutdownOptions): void {
  const { graceMs, logger, exit = (code) => process.exit(code), signals = ['SIGTERM', 'SIGINT'] } = options;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again while stopping: exiting now`, { event: 'shutdown', signal });
      exit(1);
      return;
    }
    stopping = true;
    logger.info(`${signal}: shutting down, finishing requests in flight (up to ${graceMs / 1000} s)`, {
      event: 'shutdown',
      signal,
    });
    app.drain(graceMs).then(
      ({ drained, pending }) => {
        if (drained) logger.info('stopped: every request in flight finished', { event: 'stopped', drained });
        else
          logger.error(`stopped with ${pending} request(s) still in flight after ${graceMs / 1000} s`, {
            event: 'stopped',
            drained,
            pending,
          });
        exit(drained ? 0 : 1);
      },
      (error: unknown) => {
        logger.error(`could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`, {
          event: 'stopped',
        });
        exit(1);
      },
    );
  };
  for (const signal of signals) process.on(signal, onSignal);
}

/** How often the app looks whether the npm that started it is still there. */
const PARENT_CHECK_MS = 1_000;

/**
 * Run by `npm start`, the app is npm's child: npm passes SIGTERM and SIGINT on, but a SIGHUP sent to npm's PID
 * stops npm and nothing else. Rather than serve on with no parent (a process manager would think it gone and start
 * another), the app stops too once npm is gone, saying where a reload signal goes. Returns how to stop looking.
 */
export function stopWithNpm(env: NodeJS.ProcessEnv, stop: (why: string) => void): () => void {
  if (env.npm_lifecycle_event !== 'start') return () => {};
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop(
      `npm (pid ${parent}), which ran npm start, is gone: stopping too. To reload the knowledge, send SIGHUP to pid ${process.pid}, not to npm`,
    );
  }, PARENT_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** The line the app logs at start-up: its own PID, which is where SIGHUP goes (npm's PID does not pass it on). */
export const pidLine = () =>
  `career-bot pid ${process.pid}: kill -HUP ${process.pid} reloads the knowledge, kill -TERM ${process.pid} stops it`;
