// A child process for bench/slack.ts: `app` is career-bot's real Slack app (as npm start builds it), `bare` is
// a Bolt app that only acknowledges /career. Both run the same way (node --import tsx, HTTP mode, port 0) so the
// only difference measured is career-bot's own work. Prints `READY <port>` once listening.
import { App, LogLevel } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { createAnswerer } from '../src/search/answer.ts';
import { readConfig } from '../src/slack/config.ts';
import { startSlackApp } from '../src/slack/start.ts';

async function startBare(): Promise<number> {
  const app = new App({
    signingSecret: process.env.SLACK_SIGNING_SECRET!,
    // Its identity given, so it never calls Slack: it only acknowledges.
    authorize: async () => ({ botToken: process.env.SLACK_BOT_TOKEN!, botId: 'B0BARE', botUserId: 'U0BARE' }),
    logLevel: LogLevel.WARN,
  });
  app.command('/career', async ({ ack }) => {
    await ack();
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

const port = process.argv[2] === 'bare' ? await startBare() : await startCareerBot();
console.log(`READY ${port}`);
