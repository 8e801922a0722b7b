import { App, LogLevel, webApi, type CustomRoute, type Logger } from '@slack/bolt';
import { z } from 'zod';
import type { ContextStore } from '../conversation/context.ts';
import type { Knowledge } from '../search/live.ts';
import type { Storage } from '../storage/index.ts';
import { cachedAuthorize } from './authorize.ts';
import type { Config } from '../runtime/config.ts';
import { healthRoute, type Health } from './http/health.ts';
import { createInFlight, type InFlight } from './middleware/in-flight.ts';
import { registerListeners } from './listeners/index.ts';
import type { ListenerDeps } from './listeners/deps.ts';
import { createLogger } from '../runtime/logger.ts';
import { REQUEST_TIMEOUT_MS as ARRIVAL_TIMEOUT_MS, SlackHttpReceiver } from './http/http-receiver.ts';
import type { ReplayGuard } from './http/replay-guard.ts';
import { requestOutcomes } from './middleware/request-outcome.ts';
import { skipRetries } from './middleware/skip-retries.ts';
import type { EscalationStore } from '../storage/escalations.ts';
import type { UnpromptedStore } from '../storage/unprompted.ts';
import { checkExpertsChannel, expertsMembers } from './escalation.ts';
import { REQUEST_TIMEOUT_MS as SLACK_REPLY_TIMEOUT_MS, RETRY_POLICY, webClientOptions } from './web-api/web-client.ts';

/** Every request Slack sends (commands, events, interactivity) goes to this one path in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

const timeoutMs = z
  .number()
  .int('must be whole milliseconds')
  .positive('must be positive')
  .max(300_000, 'must be at most 5 minutes');

/**
 * How long the app waits on Slack and on a request arriving. The defaults suit Slack (web-client.ts and
 * http-receiver.ts say why); tests shorten them rather than wait them out.
 */
export const AppTimeoutsSchema = z.strictObject({
  /** Each Web API call and response_url post: past it, the reply is logged as dropped, not retried. */
  slackReplyMs: timeoutMs.default(SLACK_REPLY_TIMEOUT_MS),
  /** Before the first retry of a call Slack failed (a 5xx, a lost connection, after a 429's Retry-After); doubling. */
  slackFirstRetryMs: timeoutMs.default(RETRY_POLICY.minTimeout),
  /** A request's headers and body, in HTTP mode: past it, the connection is answered 408 and closed. */
  requestArrivalMs: timeoutMs.default(ARRIVAL_TIMEOUT_MS),
});
export type AppTimeouts = z.input<typeof AppTimeoutsSchema>;

export type SlackAppOptions = {
  /** Where the app keeps what it must share and remember (AppStorage). */
  storage: AppStorage;
  /** Replaces the console logger (tests read what was logged). */
  logger?: Logger;
  /** Extra HTTP routes next to /slack/events (HTTP mode only). */
  customRoutes?: CustomRoute[];
  /**
   * Where signatures already used are remembered, to ignore replayed requests (HTTP mode only). By default in
   * this process; several instances behind one URL share one (a database) so a replay to another is ignored too.
   */
  replayGuard?: ReplayGuard;
  /** Where conversations (DMs, threads) are remembered, instead of the storage's (a test's failing store). */
  contextStore?: ContextStore;
  /** Where questions for the HR team are kept (EXPERTS_CHANNEL set), instead of the storage's. */
  escalations?: EscalationStore;
  /** Threads answered unasked and opt-outs (ANSWER_CHANNELS), instead of the storage's. */
  unprompted?: UnpromptedStore;
  /** The channels answered unasked, read live (the playground's toggle); ANSWER_CHANNELS otherwise. */
  answerChannels?: ReadonlySet<string>;
  /** Shorter waits on Slack and on requests arriving than the defaults (AppTimeoutsSchema); checked at creation. */
  timeouts?: AppTimeouts;
};

/**
 * The database's stores (src/storage/): conversations, event claims, questions for the HR team, answers in
 * channels, the insights record and report. Always given: an app without a file uses SQLite in memory
 * (openStorage with DATABASE_PATH=:memory:), so every store has one implementation.
 */
export type AppStorage = Pick<
  Storage,
  'recorder' | 'contextStore' | 'claims' | 'report' | 'escalations' | 'unprompted'
> &
  Partial<Pick<Storage, 'replayGuard' | 'status'>>;

export type SlackApp = {
  app: App;
  mode: 'http' | 'socket';
  warmUp: () => Promise<void>;
  logger: Logger;
  /** Flipped at shutdown: /healthz then answers 503. */
  health: Health;
  inFlight: InFlight;
};

const LOG_LEVELS: Record<Config['LOG_LEVEL'], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

/** The app's logger, as configured; `secrets` (a database password) are redacted like the Slack ones. */
export function appLogger(config: Config, secrets: Array<string | undefined> = []): Logger {
  return createLogger({
    format: config.LOG_FORMAT,
    level: LOG_LEVELS[config.LOG_LEVEL],
    secrets: [config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN, ...secrets],
  });
}

/**
 * The Bolt app: Socket Mode when an app-level token is configured, else HTTP on EVENTS_PATH.
 * Listeners are registered from src/slack/listeners/, by kind, one file each.
 */
export function createSlackApp(config: Config, knowledge: Knowledge, options: SlackAppOptions): SlackApp {
  const { storage } = options;
  const logger = options.logger ?? appLogger(config);
  const timeouts = AppTimeoutsSchema.parse(options.timeouts ?? {});
  const clientOptions = webClientOptions(logger, config.SLACK_API_URL, {
    timeoutMs: timeouts.slackReplyMs,
    firstRetryMs: timeouts.slackFirstRetryMs,
  });
  const auth = cachedAuthorize(
    config.SLACK_BOT_TOKEN,
    new webApi.WebClient(undefined, { ...clientOptions, logger }),
    logger,
  );
  const socket = config.SLACK_APP_TOKEN !== undefined;
  const health: Health = { draining: false, ...(storage.status ? { database: storage.status } : {}) };
  const inFlight = createInFlight();
  const app = boltApp(config, boltCommon(config, logger, clientOptions, auth.authorize), {
    health,
    knowledge,
    inFlight,
    options,
    requestTimeoutMs: timeouts.requestArrivalMs,
  });
  const deps = listenerDeps(config, knowledge, options, logger);
  wire(app, { socket, inFlight, storage, deps });
  const { escalation } = deps;
  // Warming up: the bot's identity, and whether it can post to the experts' channel (logged either way).
  const warmUp = async () => {
    const expertsClient = () => new webApi.WebClient(config.SLACK_BOT_TOKEN, { ...clientOptions, logger });
    await Promise.all([
      auth.warmUp(),
      escalation ? checkExpertsChannel(expertsClient(), escalation.channel, logger) : null,
    ]);
  };
  return { app, mode: socket ? 'socket' : 'http', warmUp, logger, health, inFlight };
}

/** Bolt's options for either mode: the app's logger, Web API client and authorizer. */
function boltCommon(
  config: Config,
  logger: Logger,
  clientOptions: ReturnType<typeof webClientOptions>,
  authorize: ReturnType<typeof cachedAuthorize>['authorize'],
) {
  // No Bolt conversation store: the app's own context store (src/conversation/) remembers what a DM or thread
  // was about, behind an interface a shared database can implement so that any instance can take any request.
  // No ignoreSelf middleware: the two listeners that read messages already skip bots and the app itself
  // (from-a-person.ts), and every other request would pay for the check.
  return {
    logger,
    logLevel: LOG_LEVELS[config.LOG_LEVEL],
    clientOptions,
    authorize,
    convoStore: false as const,
    ignoreSelf: false,
  };
}

type Wiring = { socket: boolean; inFlight: InFlight; storage: AppStorage; deps: ListenerDeps };

/** The global middleware (src/slack/middleware/) around the listeners, and what a failed listener does. */
function wire(app: App, { socket, inFlight, storage, deps }: Wiring): void {
  // In this order. What is in flight, for shutdown: our HTTP receiver counts it itself; Socket Mode's needs the
  // middleware, first so it sees every request. Then the retry filter. Last, after the retry filter: how each
  // request ended.
  if (socket) app.use(inFlight.middleware);
  app.use(skipRetries(storage.claims));
  registerListeners(app, deps);
  app.use(requestOutcomes(storage.recorder));
  // A listener that fails (Slack unreachable after all retries) is logged; the app keeps serving.
  app.error(async (error) => {
    app.logger.error(`A Slack request could not be completed: ${error.message}`);
  });
}

/** What the listeners are given: the storage's stores (or the ones a test passes instead), and the settings. */
function listenerDeps(config: Config, knowledge: Knowledge, options: SlackAppOptions, logger: Logger): ListenerDeps {
  const { storage } = options;
  const escalation = config.EXPERTS_CHANNEL
    ? {
        channel: config.EXPERTS_CHANNEL,
        store: options.escalations ?? storage.escalations,
        perHour: config.ESCALATIONS_PER_HOUR,
        members: expertsMembers(config.EXPERTS_CHANNEL, logger),
      }
    : undefined;
  return {
    knowledge,
    contextStore: options.contextStore ?? storage.contextStore,
    insights: storage.report,
    insightsAdmins: config.INSIGHTS_ADMINS,
    ...(escalation ? { escalation } : {}),
    unprompted: {
      channels: options.answerChannels ?? new Set(config.ANSWER_CHANNELS),
      hourlyCap: config.ANSWER_CHANNELS_HOURLY_CAP,
      store: options.unprompted ?? storage.unprompted,
    },
  };
}

type BoltParts = {
  health: Health;
  knowledge: Knowledge;
  inFlight: ReturnType<typeof createInFlight>;
  options: SlackAppOptions;
  requestTimeoutMs: number;
};

/** Bolt's App over Socket Mode, or over our HTTP receiver (with the health route and the replay guard). */
function boltApp(config: Config, common: ConstructorParameters<typeof App>[0], parts: BoltParts): App {
  const { health, knowledge, inFlight, options, requestTimeoutMs } = parts;
  if (config.SLACK_APP_TOKEN !== undefined) {
    // The Socket Mode client opens its connection through the Web API (apps.connections.open): it must go to
    // SLACK_API_URL too, and Bolt gives it only the installer's client options.
    return new App({
      ...common,
      socketMode: true,
      appToken: config.SLACK_APP_TOKEN,
      installerOptions: { clientOptions: common!.clientOptions },
    });
  }
  const replayGuard = options.replayGuard ?? options.storage.replayGuard;
  return new App({
    ...common,
    receiver: new SlackHttpReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      path: EVENTS_PATH,
      logger: common!.logger!,
      routes: [healthRoute(health, knowledge), ...(options.customRoutes ?? [])],
      inFlight,
      requestTimeoutMs,
      // A replay sent to another instance is refused too when the signatures are in the shared database.
      ...(replayGuard ? { replayGuard } : {}),
    }),
  });
}
