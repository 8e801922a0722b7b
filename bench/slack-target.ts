// A child process for bench/slack.ts: `app` is career-bot's real Slack app (as npm start builds it), `bare` is
// a Bolt app that only acknowledges /career, `bare-card` one that acknowledges with the same fixed card every
// time (what sending an answer costs, without finding it). All run the same way (bundled and started as npm
// start runs the app, HTTP mode, port 0) so the only difference measured is career-bot's own work.
// Prints `READY <port>` once listening.
import { App, LogLevel } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderCard } from '../src/blocks/index.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { createAnswerer } from '../src/search/answer.ts';
import { readConfig } from '../src/slack/config.ts';
import { startSlackApp } from '../src/slack/start.ts';

async function startBare(withCard: boolean): Promise<number> {
  const question = { k: 'ask' as const, q: 'what certification does a care manager need' };
  const card = withCard
    ? { response_type: 'ephemeral' as const, ...renderCard(question, createAnswerer(loadKnowledge()), { ephemeral: true }) }
    : undefined;
  const app = new App({
    signingSecret: process.env.SLACK_SIGNING_SECRET!,
    // Its identity given, so it never calls Slack: it only acknowledges.
    authorize: async () => ({ botToken: process.env.SLACK_BOT_TOKEN!, botId: 'B0BARE', botUserId: 'U0BARE' }),
    logLevel: LogLevel.WARN,
  });
  app.command('/career', async ({ ack }) => {
    await ack(card);
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return (server.address() as AddressInfo).port;
}

async function startCareerBot(): Promise<number> {
  const running = await startSlackApp({
    config: readConfig(process.env),
    answerer: createAnswerer(loadKnowledge()),
    port: 0,
    host: '127.0.0.1',
  });
  return running.port!;
}

const kind = process.argv[2];
const port = kind === 'app' ? await startCareerBot() : await startBare(kind === 'bare-card');
console.log(`READY ${port}`);
