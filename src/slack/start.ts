import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Answerer } from '../search/answer.ts';
import { createSlackApp, EVENTS_PATH, type SlackAppOptions } from './app.ts';
import type { Config } from './config.ts';

export type RunningSlackApp = {
  mode: 'http' | 'socket';
  /** The port listened on (HTTP mode), null in Socket Mode. */
  port: number | null;
  /** The request URL to give Slack (HTTP mode), null in Socket Mode. */
  url: string | null;
  stop(): Promise<void>;
};

export type StartOptions = SlackAppOptions & {
  config: Config;
  answerer: Answerer;
  /** Overrides PORT; 0 picks a free port. */
  port?: number;
  /** Interface to listen on; every interface by default, as a server behind a proxy needs. */
  host?: string;
};

/** Starts the Slack app in the mode its configuration asks for; tests and the playground use it in-process. */
export async function startSlackApp(options: StartOptions): Promise<RunningSlackApp> {
  const { app, mode, warmUp } = createSlackApp(options.config, options.answerer, options);
  warmUp().catch(() => {
    // Logged by the authorizer; the app still starts, and tries again on the first request.
  });
  if (mode === 'socket') {
    await app.start();
    return { mode, port: null, url: null, stop: () => app.stop().then(() => undefined) };
  }
  const port = options.port ?? options.config.PORT;
  const server = (await app.start(options.host ? { port, host: options.host } : port)) as Server;
  const actual = (server.address() as AddressInfo).port;
  return {
    mode,
    port: actual,
    url: `http://${options.host ?? '127.0.0.1'}:${actual}${EVENTS_PATH}`,
    stop: async () => {
      await app.stop();
    },
  };
}
