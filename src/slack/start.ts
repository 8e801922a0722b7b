import { setTimeout as sleep } from 'node:timers/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@slack/bolt';
import { fixedKnowledge, type Knowledge } from '../search/live.ts';
import type { Answerer } from '../search/answer.ts';
import { createSlackApp, EVENTS_PATH, type SlackApp, type SlackAppOptions } from './app.ts';
import type { Config } from '../runtime/config.ts';
import type { Stoppable } from '../runtime/shutdown.ts';

export type RunningSlackApp = Stoppable & {
  mode: 'http' | 'socket';
  /** The port listened on (HTTP mode), null in Socket Mode. */
  port: number | null;
  /** The request URL to give Slack (HTTP mode), null in Socket Mode. */
  url: string | null;
  logger: Logger;
  /** drain() with a default grace period, for callers that only need it stopped. */
  stop(): Promise<void>;
};

/** How long stop() waits for requests in flight. */
const DEFAULT_GRACE_MS = 8_000;
const KEEP_ALIVE_MS = 65_000;

export type StartOptions = SlackAppOptions & {
  config: Config;
  /** What the app answers from, reloaded as its files change (src/search/live.ts); wins over `answerer`. */
  knowledge?: Knowledge;
  /** Or one Answerer that never changes. */
  answerer?: Answerer;
  /** Overrides PORT; 0 picks a free port. */
  port?: number;
  /** Interface to listen on; every interface by default, as a server behind a proxy needs. */
  host?: string;
};

function knowledgeOf(options: StartOptions): Knowledge {
  if (options.knowledge) return options.knowledge;
  if (options.answerer) return fixedKnowledge(options.answerer);
  throw new Error('startSlackApp needs knowledge or an answerer');
}

/** Starts the Slack app in the mode its configuration asks for; tests and the playground use it in-process. */
export async function startSlackApp(options: StartOptions): Promise<RunningSlackApp> {
  const created = createSlackApp(options.config, knowledgeOf(options), options);
  const { app, mode, warmUp, logger } = created;
  warmUp().catch(() => {
    // Logged by the authorizer; the app still starts, and tries again on the first request.
  });
  if (mode === 'socket') {
    await app.start();
    return {
      mode,
      port: null,
      url: null,
      logger,
      ...stopping(
        created,
        () => app.stop(),
        () => {},
      ),
    };
  }
  const port = options.port ?? options.config.PORT;
  const server = (await app.start(options.host ? { port, host: options.host } : port)) as Server;
  // Idle keep-alive connections stay open longer than load balancers keep theirs (AWS ALB: 60 s), so the app
  // never closes a connection at the moment the balancer reuses it (which the balancer reports as a 502).
  // (How long a request may take to arrive is the receiver's: http-receiver.ts.)
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  const actual = (server.address() as AddressInfo).port;
  return {
    mode,
    port: actual,
    url: `http://${options.host ?? '127.0.0.1'}:${actual}${EVENTS_PATH}`,
    logger,
    // server.close() (in app.stop) refuses new connections and closes idle ones; the rest close after their response.
    ...stopping(
      created,
      () => app.stop(),
      () => server.closeAllConnections(),
    ),
  };
}

/**
 * Stop taking work (the health check turns 503 first, so a load balancer moves on), then let what is in
 * flight finish within the grace period: HTTP responses, and answers still being posted after their
 * acknowledgement. Whatever is left then (a connection that never finished sending) is cut off.
 */
function stopping(
  { health, inFlight }: Pick<SlackApp, 'health' | 'inFlight'>,
  stopReceiving: () => Promise<unknown>,
  cutOff: () => void,
): Pick<RunningSlackApp, 'drain' | 'stop'> {
  const drain = async (graceMs: number) => {
    const deadline = Date.now() + graceMs;
    health.draining = true;
    inFlight.drain();
    const stopped = stopReceiving();
    const drained = await inFlight.idle(graceMs);
    const pending = inFlight.count;
    const closed = await Promise.race([
      stopped.then(() => true),
      sleep(Math.max(0, deadline - Date.now()), false, { ref: false }),
    ]);
    if (!drained || !closed) cutOff();
    await stopped;
    return { drained, pending };
  };
  return { drain, stop: () => drain(DEFAULT_GRACE_MS).then(() => undefined) };
}
