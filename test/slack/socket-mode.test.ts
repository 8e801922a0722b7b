import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appMention,
  DEFAULT_IDS,
  messageTs,
  slashCommand,
  startSlackStandIn,
  type SlackStandIn,
} from '../../src/emulator/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { readConfig } from '../../src/runtime/config.ts';
import { startSlackApp, type RunningSlackApp } from '../../src/slack/start.ts';
import {
  BOT_MENTION,
  BOT_TOKEN,
  citationOf,
  headerOf,
  recordingLogger,
  SIGNING_SECRET,
  type LogLine,
} from './harness.ts';
import { startSocketModeStandIn, type SocketModeStandIn } from './socket-mode-stand-in.ts';
import { openMemoryStorage } from '../support/memory-storage.ts';
import type { Storage } from '../../src/storage/index.ts';

const APP_TOKEN = 'xapp-1-A0CAREBOT-123-socketmodetest';

// Socket Mode, for a workspace without a public URL: the app opens a WebSocket to Slack (here, to a stand-in
// on loopback) and gets the same requests over it, acknowledging each envelope instead of an HTTP response.
describe('Socket Mode', () => {
  let standIn: SlackStandIn;
  let socket: SocketModeStandIn;
  let app: RunningSlackApp;
  let storage: Storage;
  const logs: LogLine[] = [];

  beforeAll(async () => {
    socket = await startSocketModeStandIn();
    standIn = await startSlackStandIn({ handlers: { 'apps.connections.open': () => ({ ok: true, url: socket.url }) } });
    const config = readConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: standIn.apiUrl,
    });
    storage = await openMemoryStorage();
    app = await startSlackApp({
      config,
      answerer: createAnswerer(loadKnowledge()),
      logger: recordingLogger(logs),
      storage,
    });
    await socket.connected;
  });
  afterAll(async () => {
    await app?.stop();
    await storage?.close();
    await socket?.close();
    await standIn?.close();
  });

  it('starts in Socket Mode when an app-level token is set, opening its connection through SLACK_API_URL', async () => {
    expect(app.mode).toBe('socket');
    expect(app.url).toBeNull();
    const open = await standIn.waitFor('apps.connections.open');
    expect(open.authenticated).toBe(true);
  });

  it('answers /career in the acknowledgement, with the cited card, seen only by the asker', async () => {
    const reply = (await socket.deliver(slashCommand({ text: 'what certification does a care manager need' }))) as {
      response_type: string;
      text: string;
      blocks: unknown[];
    };
    expect(reply.response_type).toBe('ephemeral');
    expect(headerOf(reply)).toBe('Care manager · Licenses and certifications');
    expect(citationOf(reply)).toContain('*Licenses and certifications*');
  });

  it('answers a mention in its thread, and a retried delivery only once', async () => {
    const ts = messageTs();
    const after = standIn.mark();
    const mention = appMention({ text: `${BOT_MENTION} where do care managers work?`, ts });
    await socket.deliver(mention);
    const post = await standIn.waitFor('chat.postMessage', { after });
    expect(post.args.channel).toBe(DEFAULT_IDS.channelId);
    expect(post.args.thread_ts).toBe(ts);
    expect(headerOf(post.args)).toBe('Care manager · Work environment');

    const retried = standIn.mark();
    await socket.deliver(mention, { retryAttempt: 1 });
    await expect(standIn.waitFor('chat.postMessage', { after: retried, timeoutMs: 1_000 })).rejects.toThrow();
  });
});
