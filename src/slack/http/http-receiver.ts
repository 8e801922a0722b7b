/**
 * The HTTP side of the app: one server, Slack's requests on one path, a few plain routes (the health check)
 * beside it. It does what Bolt's HTTPReceiver does for an app like ours, in one pass: every request to the
 * events path is screened (request-guard.ts: signature, size, shape) and parsed once, then handed to Bolt
 * as a ReceiverEvent; Bolt's listeners answer through `ack`, which writes the HTTP response.
 *
 * Why not HTTPReceiver: it reads, verifies and parses each body again after our screening, and arms a timer
 * per request; side by side (bench/slack.ts) that was a third of the app's time per slash command. Bolt's
 * own contract for receivers is all that is used (init, start, stop, app.processEvent), and its own helpers
 * write the responses and read the retry headers, so answers look exactly as HTTPReceiver's did.
 *
 * Differences on purpose (test/slack/differential.test.ts checks this receiver against HTTPReceiver and lists
 * every one with its reason):
 * - a request whose signature was already used is acknowledged and ignored (replay-guard.ts);
 * - a second `ack` is ignored instead of throwing: the outcome middleware acknowledges whatever nobody did,
 *   and an exception per request only to learn that someone did cost more than the rest of the ack;
 * - a request no listener acknowledged is answered 404 as soon as Bolt is done with it, not after 3 s.
 * Routes match the path exactly (ours have no parameters); any other request is a 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ListenOptions } from 'node:net';
import {
  AuthorizationError,
  HTTPModuleFunctions as http,
  type App,
  type CustomRoute,
  type Logger,
  type Receiver,
  type ReceiverEvent,
} from '@slack/bolt';
import { isDatabaseUnavailable, within } from '../../storage/availability.ts';
import type { InFlight } from '../middleware/in-flight.ts';
import { inProcessReplayGuard, type ReplayGuard } from './replay-guard.ts';
import { screenRequest, type ScreenOptions } from './request-guard.ts';

export type HttpReceiverOptions = ScreenOptions & {
  /** The path Slack posts every request to. */
  path: string;
  logger: Logger;
  routes: CustomRoute[];
  inFlight: InFlight;
  /** Remembers signatures to refuse replays; one in this process unless one shared by every instance is given. */
  replayGuard?: ReplayGuard;
  /** How long a request may take to arrive, REQUEST_TIMEOUT_MS unless given (tests shorten it rather than wait it out). */
  requestTimeoutMs?: number;
};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A request must arrive whole, headers and body, within this. Slack sends a few kB and stops waiting for an
 * answer after 3 s, so a request still arriving after 10 s is not Slack's: it only holds a connection (Node's
 * default allows 5 minutes). Node looks for such requests every tenth of it (TIMEOUT_CHECKS), answers them 408
 * and closes the connection, so one is cut between 10 and 11 s. Idle keep-alive connections are not requests:
 * unaffected.
 */
export const REQUEST_TIMEOUT_MS = 10_000;
/** How often a request's time is checked, per request timeout: a finer check is more work for a closer cut. */
const TIMEOUT_CHECKS = 10;
/**
 * How long the acknowledgement waits for a shared replay guard (the database) before the request is handled as
 * new: with the rest of the ack's work this keeps every ack under 1 s however the database hangs.
 */
export const REPLAY_CHECK_BUDGET_MS = 300;

/** A refusal people can read in a log or a terminal: the reason as plain text, nothing of the request. */
const refuse = (res: ServerResponse, status: number, reason: string) =>
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${reason}\n`);

export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private server: Server | undefined;
  private readonly routes = new Map<string, Handler>();
  private readonly requestListener: Handler;
  private readonly replayGuard: ReplayGuard;

  constructor(private readonly options: HttpReceiverOptions) {
    this.replayGuard = options.replayGuard ?? inProcessReplayGuard();
    for (const route of options.routes) {
      for (const method of [route.method].flat())
        this.routes.set(`${method.toUpperCase()} ${route.path}`, route.handler);
    }
    this.requestListener = options.inFlight.trackRequests((req, res) => this.route(req, res));
  }

  init(app: App): void {
    this.app = app;
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const { path, logger } = this.options;
    let pathname = req.url ?? '/';
    if (pathname !== path) {
      try {
        pathname = new URL(pathname, 'http://localhost').pathname;
      } catch {
        refuse(res, 400, 'malformed URL');
        return;
      }
    }
    if (pathname === path && req.method === 'POST') {
      this.handleSlackRequest(req, res).catch((error: unknown) => {
        // A connection that broke while its body was being read: nobody is left to answer.
        logger.warn(`Could not read a request to ${path}: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) http.buildNoBodyResponse(res, 400);
      });
      return;
    }
    const route = this.routes.get(`${req.method} ${pathname}`);
    if (route) route(req, res);
    else http.buildNoBodyResponse(res, 404);
  }

  private async handleSlackRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { path, logger, inFlight } = this.options;
    const screened = await screenRequest(req, this.options);
    if (!('sslCheck' in screened)) {
      logger.warn(`Refused a request to ${path}: ${screened.reason} (${screened.status})`);
      refuse(res, screened.status, screened.reason);
      return;
    }
    if (screened.sslCheck) return http.buildSSLCheckResponse(res);
    const { body } = screened;
    if (body.type === 'url_verification') return http.buildUrlVerificationResponse(res, body);
    if (!(await this.firstSight(screened.signature, screened.timestampSec))) {
      logger.warn(
        `Ignored a replayed request to ${path}: its signature was already used (timestamp ${screened.timestampSec})`,
      );
      return http.buildContentResponse(res, undefined);
    }
    let acknowledged = false;
    const event: ReceiverEvent = {
      body,
      ack: async (reply?: unknown) => {
        if (acknowledged) return;
        acknowledged = true;
        http.buildContentResponse(res, reply);
      },
      retryNum: http.extractRetryNumFromHTTPRequest(req),
      retryReason: http.extractRetryReasonFromHTTPRequest(req),
    };
    try {
      await inFlight.during(() => this.app!.processEvent(event));
      if (!acknowledged) {
        logger.warn(`No listener acknowledged a request to ${path}`);
        http.buildNoBodyResponse(res, 404);
      }
    } catch (error) {
      logger.error(`A request to ${path} failed in Bolt: ${error instanceof Error ? error.message : String(error)}`);
      if (!acknowledged && !res.headersSent)
        http.buildNoBodyResponse(res, error instanceof AuthorizationError ? 401 : 500);
    }
  }

  private async firstSight(signature: string, timestampSec: number): Promise<boolean> {
    try {
      const seen = this.replayGuard.firstSight(signature, timestampSec);
      return typeof seen === 'boolean' ? seen : await within(seen, REPLAY_CHECK_BUDGET_MS, 'the replay check');
    } catch (error) {
      // A shared store that is away or slow: better a possible replay acted on than every request refused or
      // late meanwhile. The database being away is logged once a period by storage, not once a request here.
      const message = `Could not check whether a request was replayed, handled as new: ${error instanceof Error ? error.message : String(error)}`;
      if (isDatabaseUnavailable(error)) this.options.logger.debug(message);
      else this.options.logger.warn(message);
      return true;
    }
  }

  start(listen: number | ListenOptions): Promise<Server> {
    if (this.server) return Promise.reject(new Error('The HTTP receiver is already started.'));
    const timeout = this.options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    const server = createServer(
      { requestTimeout: timeout, headersTimeout: timeout, connectionsCheckingInterval: timeout / TIMEOUT_CHECKS },
      this.requestListener,
    );
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', (error) => {
        this.server = undefined;
        reject(error);
      });
      server.listen(listen, () => resolve(server));
    });
  }

  stop(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    return new Promise((resolve, reject) => {
      server.close((error) => {
        this.server = undefined;
        if (error) reject(error);
        else resolve();
      });
    });
  }
}
