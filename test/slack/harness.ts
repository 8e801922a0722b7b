import { LogLevel, type Logger } from '@slack/bolt';
import {
  blockActions,
  DEFAULT_IDS,
  messageTs,
  sendToApp,
  signRequest,
  type SlackRequest,
  type StandInOptions,
} from '../../src/emulator/index.ts';
import { buttonLabelled, type Card } from '../support/block-kit.ts';
import { startFaultyStandIn, type FaultyStandIn } from '../support/faulty-stand-in.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { readConfig } from '../../src/runtime/config.ts';
import { startSlackApp, type RunningSlackApp, type StartOptions } from '../../src/slack/start.ts';
import { openMemoryStorage } from '../support/memory-storage.ts';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-token-123';
/** How the bot's mention reads in a message's text, as Slack sends it. */
export const BOT_MENTION = `<@${DEFAULT_IDS.botUserId}>`;

const answerer = createAnswerer(loadKnowledge());

export type LogLine = { level: 'debug' | 'info' | 'warn' | 'error'; text: string };

/** A Bolt logger that keeps every line, so a test can check what was logged (and that no token was). */
export function recordingLogger(lines: LogLine[]): Logger {
  const keep =
    (level: LogLine['level']) =>
    (...msg: unknown[]) => {
      lines.push({
        level,
        text: msg
          .map((m) => (m instanceof Error ? `${m.name}: ${m.message}` : typeof m === 'string' ? m : JSON.stringify(m)))
          .join(' '),
      });
    };
  let current = LogLevel.DEBUG;
  return {
    debug: keep('debug'),
    info: keep('info'),
    warn: keep('warn'),
    error: keep('error'),
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: () => {},
  };
}

export type Harness = {
  standIn: FaultyStandIn;
  app: RunningSlackApp;
  logs: LogLine[];
  /** Posts a request signed with the app's signing secret. */
  send(request: SlackRequest, headers?: Record<string, string>): Promise<Response>;
  /** Posts Slack's `retry`th retry of `request`: signed anew, `retry` seconds later, as Slack does. */
  sendRetry(request: SlackRequest, retry: number, reason?: string): Promise<Response>;
  close(): Promise<void>;
};

/**
 * What the app starts with (a shared storage or a failing store, …), and more of its environment (EXPERTS_CHANNEL).
 * Without `storage`, the app's own in SQLite in memory, closed with the harness.
 */
export type HarnessOptions = Omit<StartOptions, 'config' | 'answerer' | 'storage'> & {
  env?: Record<string, string>;
  storage?: StartOptions['storage'];
};

/** The real app in HTTP mode on a free loopback port, its Web API pointed at a fresh Slack stand-in. */
export async function startHarness(
  standInOptions: StandInOptions = {},
  options: HarnessOptions = {},
): Promise<Harness> {
  const standIn = await startFaultyStandIn({ token: BOT_TOKEN, ...standInOptions });
  const logs: LogLine[] = [];
  const config = readConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const { env: _env, storage: given, ...appOptions } = options;
  const logger = recordingLogger(logs);
  const own = given ? null : await openMemoryStorage(logger);
  const app = await startSlackApp({
    config,
    answerer,
    port: 0,
    host: '127.0.0.1',
    logger,
    storage: given ?? own!,
    ...appOptions,
  });
  return {
    standIn,
    app,
    logs,
    send: (request, headers) => sendToApp(app.url!, SIGNING_SECRET, request, headers),
    sendRetry: (request, retry, reason = 'http_timeout') =>
      sendToApp(app.url!, SIGNING_SECRET, request, {
        ...signRequest(SIGNING_SECRET, request.body, Math.floor(Date.now() / 1000) + retry),
        'X-Slack-Retry-Num': String(retry),
        'X-Slack-Retry-Reason': reason,
      }),
    async close() {
      await app.stop();
      await own?.close();
      await standIn.close();
    },
  };
}

export { buttonLabelled, buttonsOf, citationOf, headerOf } from '../support/block-kit.ts';

/**
 * The click Slack sends for a button on a message the bot posted in a channel or DM (a real message, not an
 * ephemeral one): the button by its label, with the message it sits on.
 */
export function clickOnMessage(card: Card, label: string, channel: string): SlackRequest {
  const button = buttonLabelled(card, label);
  const ts = messageTs();
  return blockActions({
    action_id: button.action_id,
    value: button.value,
    channel_id: channel,
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false },
    message: { type: 'message', ts, text: card.text, user: DEFAULT_IDS.botUserId },
  });
}
