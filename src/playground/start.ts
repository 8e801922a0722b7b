/**
 * The local playground: the real Slack app in HTTP mode on loopback, a Slack stand-in it reaches through
 * SLACK_API_URL, and a Slack-like page that plays Slack between them. Nothing here reaches the internet.
 */
import { randomBytes } from 'node:crypto';
import { startSlackStandIn } from '../emulator/index.ts';
import { fixedKnowledge, type Knowledge } from '../search/live.ts';
import type { Answerer } from '../search/answer.ts';
import { readConfig } from '../runtime/config.ts';
import { startSlackApp } from '../slack/start.ts';
import { openStorage, type Storage } from '../storage/index.ts';
import { rolesPhrase, theSources } from '../blocks/index.ts';
import { insightsPage } from './insights-page.ts';
import { overdueList } from '../knowledge/dates.ts';
import { startPlaygroundServer } from './server.ts';
import { createSlackPlayer } from './slack-player.ts';
import { COLLEAGUE_QUESTION, IDS } from './ids.ts';
import { Workspace } from './workspace.ts';

/** The session's store says nothing in the terminal: the playground's output is for the visitor. */
const QUIET = { warn: () => {}, info: () => {} };

export type RunningPlayground = {
  mode: 'playground';
  /** The page's port. */
  port: number;
  /** Where to open the page. */
  url: string;
  stop(): Promise<void>;
};

export type PlaygroundOptions = {
  /** What the app answers from, reloaded as its files change; wins over `answerer`. */
  knowledge?: Knowledge;
  /** Or one Answerer that never changes. */
  answerer?: Answerer;
  /** PORT (the page's port, default 3000; 0 picks a free one) and LOG_LEVEL are read from here. */
  env?: Record<string, string | undefined>;
  /** Overrides PORT. */
  port?: number;
  logger?: Parameters<typeof startSlackApp>[0]['logger'];
};

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `port ${port} is already in use (another "npm start" may still be running). ` +
        `Stop it, or choose another port: PORT=${port === 3000 ? 3001 : port + 1} npm start`,
    );
    this.name = 'PortInUseError';
  }
}

/** The app's configuration for the preview. Its own schema checks PORT and LOG_LEVEL here as it would for Slack. */
function playgroundConfig(env: PlaygroundOptions['env'], botToken: string, signingSecret: string) {
  return readConfig({
    ...env,
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_APP_TOKEN: undefined,
    SLACK_API_URL: undefined,
    // The preview's HR team: the visitor answers in #hr-experts what the article does not.
    EXPERTS_CHANNEL: IDS.expertsChannelId,
  });
}

export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  // Made up per run: the stand-in accepts only this token, and the app only requests signed with this secret.
  const signingSecret = randomBytes(24).toString('hex');
  const botToken = `xoxb-playground-${randomBytes(12).toString('hex')}`;
  const config = playgroundConfig(options.env, botToken, signingSecret);
  const port = options.port ?? config.PORT;
  const knowledge = options.knowledge ?? fixedKnowledge(options.answerer!);

  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.splice(0).reverse()) await s().catch(() => undefined);
  };
  try {
    // ANSWER_CHANNELS, live: the page's toggle adds or removes #hr-careers (set ANSWER_CHANNELS to start with it on).
    const answerChannels = new Set(config.ANSWER_CHANNELS);
    const workspace = newWorkspace(answerChannels);
    const standIn = await startSlackStandIn({ token: botToken });
    stops.push(() => standIn.close());
    standIn.on('call', (call) => workspace.applyCall(call));
    const storage = await sessionStorage();
    stops.push(() => storage.close());
    const app = await startSlackApp({
      config: { ...config, SLACK_API_URL: standIn.apiUrl },
      knowledge,
      port: 0,
      host: '127.0.0.1',
      storage,
      answerChannels,
      ...(options.logger ? { logger: options.logger } : {}),
    });
    stops.push(() => app.stop());
    const insights = sessionInsights(storage, knowledge);
    const player = createSlackPlayer({ appUrl: app.url!, signingSecret, standIn, workspace });
    const fills = () => ({ roles: rolesPhrase(knowledge.current().kb) });
    const listen = listening(answerChannels, workspace);
    const health = () => ({ status: 'ok', knowledge: { topics: knowledge.current().kb.topicOrder.length } });
    const server = await servePage({ port, workspace, player, insights, fills, health, listen });
    stops.push(() => server.close());
    return { mode: 'playground', port: server.port, url: `http://localhost:${server.port}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The page's workspace: a colleague's question in the channel, and whether the app listens there. */
function newWorkspace(answerChannels: ReadonlySet<string>): Workspace {
  const workspace = new Workspace();
  workspace.addColleagueMessage('channel', COLLEAGUE_QUESTION);
  workspace.setListening(answerChannels.has(IDS.channelId));
  return workspace;
}

/** The session's own record, in memory: its insights page shows this session only, and nothing is kept. */
function sessionStorage(): Promise<Storage> {
  return openStorage({ target: { engine: 'sqlite', path: ':memory:' }, retentionDays: 30, storeText: true }, QUIET);
}

/** The page's server; a port already taken is said as such. */
function servePage(options: Parameters<typeof startPlaygroundServer>[0]): ReturnType<typeof startPlaygroundServer> {
  return startPlaygroundServer(options).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE' ? new PortInUseError(options.port) : error;
  });
}

/** The insights page: this session's record only (the storage is in memory), written out first. */
function sessionInsights(storage: Storage, knowledge: Knowledge): () => Promise<string> {
  return async () => {
    await storage.recorder.flush();
    const { kb } = knowledge.current();
    const titles = Object.fromEntries(Object.values(kb.topics).map((t) => [t.id, t.title]));
    return insightsPage(
      await storage.report({ limit: 10, overdueSources: overdueList(kb.sources) }),
      titles,
      theSources(kb).name,
    );
  };
}

/** The page's toggle: #hr-careers answered unasked (in ANSWER_CHANNELS, read live by the app) or not. */
function listening(answerChannels: Set<string>, workspace: Workspace): (on: boolean) => void {
  return (on) => {
    if (on) answerChannels.add(IDS.channelId);
    else answerChannels.delete(IDS.channelId);
    workspace.setListening(on);
  };
}
