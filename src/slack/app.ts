import { App, LogLevel, webApi, type CustomRoute, type Logger } from '@slack/bolt';
import type { Answerer } from '../search/answer.ts';
import { cachedAuthorize } from './authorize.ts';
import type { Config } from './config.ts';
import { registerListeners } from './listeners/index.ts';
import { consoleLogger } from './logger.ts';
import { webClientOptions } from './web-client.ts';

/** Every request Slack sends (commands, events, interactivity) goes to this one path in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

export type SlackAppOptions = {
  /** Replaces the console logger (tests read what was logged). */
  logger?: Logger;
  /** Extra HTTP routes next to /slack/events (HTTP mode only). */
  customRoutes?: CustomRoute[];
};

export type SlackApp = { app: App; mode: 'http' | 'socket'; warmUp: () => Promise<void> };

const LOG_LEVELS: Record<Config['LOG_LEVEL'], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

/**
 * The Bolt app: Socket Mode when an app-level token is configured, else HTTP on EVENTS_PATH.
 * Listeners are registered from src/slack/listeners/, one file each.
 */
export function createSlackApp(config: Config, answerer: Answerer, options: SlackAppOptions = {}): SlackApp {
  const logLevel = LOG_LEVELS[config.LOG_LEVEL];
  const logger = options.logger ?? consoleLogger(logLevel);
  const clientOptions = webClientOptions(logger, config.SLACK_API_URL);
  const auth = cachedAuthorize(config.SLACK_BOT_TOKEN, new webApi.WebClient(undefined, { ...clientOptions, logger }), logger);
  const common = { logger, logLevel, clientOptions, authorize: auth.authorize };
  const socket = config.SLACK_APP_TOKEN !== undefined;
  const app = socket
    ? new App({ ...common, socketMode: true, appToken: config.SLACK_APP_TOKEN })
    : new App({
        ...common,
        signingSecret: config.SLACK_SIGNING_SECRET,
        endpoints: EVENTS_PATH,
        ...(options.customRoutes ? { customRoutes: options.customRoutes } : {}),
      });
  registerListeners(app, { answerer });
  // A listener that fails (Slack unreachable after all retries) is logged; the app keeps serving.
  app.error(async (error) => {
    app.logger.error(`A Slack request could not be completed: ${error.message}`);
  });
  return { app, mode: socket ? 'socket' : 'http', warmUp: auth.warmUp };
}
