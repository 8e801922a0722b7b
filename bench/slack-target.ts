// A child process for bench/slack.ts: `app` is career-bot's real Slack app (as npm start builds it) on SQLite in
// memory (DATABASE_PATH=:memory:, no file), `app-sqlite` and `app-postgres` the same on a file and on PostgreSQL
// (every answer recorded in each), `bare` is
// a Bolt app that only acknowledges /career, `bare-card` one that acknowledges with the same fixed card every
// time (what sending an answer costs, without finding it), `bare-layout` one with career-bot's listener layout
// that only acknowledges (what Bolt's routing of our listeners costs, before any of their work). All run the
// same way (bundled and started as npm start runs the app, HTTP mode, port 0), so the differences measured
// are the work each does.
// Prints `READY <port>` once listening.
import { App, LogLevel } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderCard } from '../src/blocks/index.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { fixedKnowledge } from '../src/search/live.ts';
import { createAnswerer } from '../src/search/answer.ts';
import { readConfig } from '../src/runtime/config.ts';
import { registerListeners } from '../src/slack/listeners/index.ts';
import { startSlackApp } from '../src/slack/start.ts';
import { openStorage, readStorageConfig } from '../src/storage/index.ts';

/**
 * career-bot's listeners as Bolt sees them (the same registrations and matchers, from src/slack/listeners, after
 * a pass-through where the retry filter is), each doing nothing but acknowledge: what Bolt's routing of this
 * layout costs alone.
 * Bolt hands every request to every listener, so each one registered costs every request something.
 */
function withLayoutOnly(app: App): App {
  const ackOnly = async (args: { ack?: () => Promise<void> }) => {
    await args.ack?.();
  };
  return new Proxy(app, {
    get(target, prop) {
      if (prop === 'command' || prop === 'event' || prop === 'action') {
        return (...args: unknown[]) =>
          (target[prop] as (...a: unknown[]) => unknown).call(target, ...args.slice(0, -1), ackOnly);
      }
      if (prop === 'use') return () => target.use(async ({ next }) => next());
      return Reflect.get(target, prop, target);
    },
  });
}

const QUIET = { warn: () => {}, info: () => {} };

async function startBare(kind: 'bare' | 'bare-card' | 'bare-layout'): Promise<number> {
  const withCard = kind === 'bare-card';
  const question = { kind: 'ask' as const, question: 'what certification does a care manager need' };
  const card = withCard
    ? {
        response_type: 'ephemeral' as const,
        ...renderCard(question, createAnswerer(loadKnowledge()), { ephemeral: true }),
      }
    : undefined;
  const app = new App({
    signingSecret: process.env.SLACK_SIGNING_SECRET!,
    // Its identity given, so it never calls Slack: it only acknowledges.
    authorize: async () => ({ botToken: process.env.SLACK_BOT_TOKEN!, botId: 'B0BARE', botUserId: 'U0BARE' }),
    logLevel: LogLevel.WARN,
  });
  if (kind === 'bare-layout') {
    const layout = withLayoutOnly(app);
    // Where app.ts puts the retry filter, as the layout had it when the filter was registered with the listeners.
    layout.use(async ({ next }) => next());
    const { contextStore } = await openStorage(readStorageConfig({ DATABASE_PATH: ':memory:' }), QUIET);
    registerListeners(layout, { knowledge: fixedKnowledge(createAnswerer(loadKnowledge())), contextStore });
  } else {
    app.command('/career', async ({ ack }) => {
      await ack(card);
    });
  }
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return (server.address() as AddressInfo).port;
}

/** career-bot as npm start runs it: on the database DATABASE_URL / DATABASE_PATH name, else SQLite in memory. */
async function startCareerBot(onDatabase: boolean): Promise<number> {
  const config = readConfig(process.env);
  const storage = await openStorage(readStorageConfig(onDatabase ? process.env : { DATABASE_PATH: ':memory:' }), {
    warn: console.error,
    info: () => {},
  });
  const running = await startSlackApp({
    config,
    answerer: createAnswerer(loadKnowledge()),
    port: 0,
    host: '127.0.0.1',
    storage,
  });
  return running.port!;
}

const kind = process.argv[2]!;
const port = kind.startsWith('app')
  ? await startCareerBot(kind !== 'app')
  : await startBare(kind as 'bare' | 'bare-card' | 'bare-layout');
console.log(`READY ${port}`);
