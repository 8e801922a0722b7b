/**
 * A stand-in for Slack's side of the conversation, served on 127.0.0.1: the Web API methods the app calls
 * (`<url>/api/<method>`, so `SLACK_API_URL=<url>/api/`) and `response_url` endpoints. It records every call,
 * lets tests make calls misbehave (through `intercept`), and reports each call as it happens (tests wait on it; the playground shows it).
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DEFAULT_IDS, messageTs } from './requests.ts';
import { PostedMessages } from './messages.ts';
import { ModalViews } from './views.ts';

export const RESPONSE_URL = 'response_url';

export type RecordedCall = {
  seq: number;
  /** `api` for a Web API method, `response_url` for a post to a response URL. */
  kind: 'api' | 'response_url';
  /** The Web API method, or `response_url`. */
  method: string;
  /** The response URL's id, for `response_url` posts. */
  responseId?: string;
  /** Parsed arguments (form fields with JSON values decoded, or the JSON body), without the token. */
  args: Record<string, unknown>;
  /** Whether a bearer token or token field came with it (the token itself is never kept). */
  authenticated: boolean;
  at: number;
  /** The fault this call met, if any (tests inject them); a faulted call got no useful answer. */
  fault?: string;
  /** What the stand-in answered (absent for faults). */
  result?: unknown;
};

export type MethodHandler = (args: Record<string, unknown>, call: RecordedCall) => Record<string, unknown>;

export type StandInOptions = {
  /** Defaults to 0: a free port. */
  port?: number;
  /** When set, Web API calls without this bearer token get `invalid_auth`. */
  token?: string;
  teamId?: string;
  botUserId?: string;
  botId?: string;
  /** Conversations the bot is not a member of: its chat.postMessage there fails as Slack's does (not_in_channel…). */
  outside?: string[];
  /** Extra or replacement Web API methods. */
  handlers?: Record<string, MethodHandler>;
  /** Sees each call before it is served; tests use it to make calls fail (test/support/faulty-stand-in.ts). */
  intercept?: Interceptor;
};

/**
 * What a call meets instead of its normal answer: `fault` names it in the record (made at once); `answer` then
 * answers the call and says whether it is done (false: served as usual afterwards, as a slow call is). null: served
 * as usual.
 */
export type Interception = { fault: string; answer: () => Promise<boolean> } | null;
export type Interceptor = (method: string, req: IncomingMessage, res: ServerResponse) => Interception;

export type WaitOptions = {
  timeoutMs?: number;
  /** Only calls with a seq above this (see `mark()`); defaults to every call since start or `clear()`. */
  after?: number;
  /** Faulted calls are skipped unless this is set. */
  includeFaults?: boolean;
};

export type CallMatcher = string | ((call: RecordedCall) => boolean);

export interface SlackStandIn {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  /** What to put in SLACK_API_URL. */
  readonly apiUrl: string;
  readonly port: number;
  /** A response URL the app can post to; posts are recorded under this id. */
  responseUrl(id?: string): string;
  /** Every call so far, oldest first. */
  readonly calls: readonly RecordedCall[];
  /** Calls to one method (or `response_url`), faulted ones excluded. */
  callsTo(method: string): RecordedCall[];
  /** Posts to one response URL id. */
  responses(id: string): RecordedCall[];
  /** The seq of the latest call: pass it as `after` to wait only for later calls. */
  mark(): number;
  /** Resolves with the first matching call (already recorded or yet to come); rejects after the timeout. */
  waitFor(match: CallMatcher, options?: WaitOptions): Promise<RecordedCall>;
  /** The modals the app opened (views.open / views.update), and their submit button. */
  readonly modals: ModalViews;
  clear(): void;
  on(event: 'call', listener: (call: RecordedCall) => void): this;
  off(event: 'call', listener: (call: RecordedCall) => void): this;
  close(): Promise<void>;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata', 'unfurls', 'user_auth_blocks']);

function decodeForm(raw: string): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key) || /^[[{]/.test(value)) {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // Not JSON after all: keep the text as sent.
      }
    }
    args[key] = value;
  }
  return args;
}

function decodeBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : { value: parsed };
    } catch {
      return { unparsable: raw };
    }
  }
  return decodeForm(raw);
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

class StandIn extends EventEmitter implements SlackStandIn {
  url = '';
  apiUrl = '';
  port = 0;
  private recorded: RecordedCall[] = [];
  private seq = 0;
  private sockets = new Set<Socket>();
  private server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: 'stand_in_error', detail: String(error) }));
      }
    });
  });
  private methods: Record<string, MethodHandler>;
  readonly modals = new ModalViews();

  constructor(private readonly options: StandInOptions) {
    super();
    const teamId = options.teamId ?? DEFAULT_IDS.teamId;
    const botUserId = options.botUserId ?? DEFAULT_IDS.botUserId;
    const botId = options.botId ?? DEFAULT_IDS.botId;
    const outside = new Set(options.outside ?? []);
    const messages = new PostedMessages({ userId: botUserId, botId }, outside);
    this.methods = {
      'auth.test': () => ({
        ok: true,
        url: `https://${DEFAULT_IDS.teamDomain}.slack.com/`,
        team: 'Careers Hospital',
        user: 'career-bot',
        team_id: teamId,
        user_id: botUserId,
        bot_id: botId,
        is_enterprise_install: false,
      }),
      ...messages.handlers,
      'chat.postEphemeral': () => ({ ok: true, message_ts: messageTs() }),
      ...this.modals.handlers,
      'views.publish': (args) => ({
        ok: true,
        view: { id: 'V0HOME', team_id: teamId, type: 'home', ...(args.view as object), hash: messageTs() },
      }),
      'conversations.info': (args) => ({
        ok: true,
        channel: {
          id: args.channel,
          name: String(args.channel).startsWith('D') ? undefined : DEFAULT_IDS.channelName,
          is_im: String(args.channel).startsWith('D'),
          is_member: !outside.has(String(args.channel)),
        },
      }),
      // Suggested prompts in an assistant thread: shown by the client, nothing to return.
      'assistant.threads.setSuggestedPrompts': () => ({ ok: true }),
      'bots.info': () => ({ ok: true, bot: { id: botId, name: 'career-bot', user_id: botUserId } }),
      ...options.handlers,
    };
  }

  get calls(): readonly RecordedCall[] {
    return this.recorded;
  }

  async listen(): Promise<void> {
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port ?? 0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${this.port}`;
    this.apiUrl = `${this.url}/api/`;
  }

  responseUrl(id = `R${messageTs().replace('.', '')}`): string {
    return `${this.url}/response/${encodeURIComponent(id)}`;
  }

  callsTo(method: string): RecordedCall[] {
    return this.recorded.filter((c) => c.method === method && !c.fault);
  }

  responses(id: string): RecordedCall[] {
    return this.recorded.filter((c) => c.kind === 'response_url' && c.responseId === id && !c.fault);
  }

  mark(): number {
    return this.seq;
  }

  waitFor(match: CallMatcher, options: WaitOptions = {}): Promise<RecordedCall> {
    const { timeoutMs = 10_000, after = 0, includeFaults = false } = options;
    const test = typeof match === 'string' ? (c: RecordedCall) => c.method === match : match;
    const fits = (c: RecordedCall) => c.seq > after && (includeFaults || !c.fault) && test(c);
    const already = this.recorded.find(fits);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const listener = (call: RecordedCall) => {
        if (!fits(call)) return;
        clearTimeout(timer);
        this.off('call', listener);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.off('call', listener);
        const seen = this.recorded.map((c) => `${c.method}${c.fault ? `(${c.fault})` : ''}`).join(', ') || 'none';
        reject(
          new Error(
            `stand-in: no matching ${typeof match === 'string' ? match : 'call'} within ${timeoutMs} ms (calls seen: ${seen})`,
          ),
        );
      }, timeoutMs);
      this.on('call', listener);
    });
  }

  clear(): void {
    this.recorded = [];
  }

  private record(call: Omit<RecordedCall, 'seq' | 'at'>): RecordedCall {
    const full: RecordedCall = { seq: ++this.seq, at: Date.now(), ...call };
    this.recorded.push(full);
    this.emit('call', full);
    return full;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', this.url).pathname;
    const raw = await readBody(req);
    const api = /^\/api\/([\w.]+)$/.exec(path);
    const response = /^\/response\/([^/]+)$/.exec(path);
    if (!api && !response) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a Slack stand-in path');
      return;
    }
    const method = api ? api[1]! : RESPONSE_URL;
    const args = decodeBody(raw, req.headers['content-type']);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? (typeof args.token === 'string' ? args.token : undefined);
    delete args.token;
    const base = {
      kind: api ? ('api' as const) : ('response_url' as const),
      method,
      ...(response ? { responseId: decodeURIComponent(response[1]!) } : {}),
      args,
      authenticated: token !== undefined,
    };

    const met = this.options.intercept?.(method, req, res) ?? null;
    if (met) {
      this.record({ ...base, fault: met.fault });
      if (await met.answer()) return;
    }

    let result: Record<string, unknown>;
    if (response) {
      result = { ok: true };
    } else if (this.options.token !== undefined && token !== this.options.token) {
      result = { ok: false, error: 'invalid_auth' };
    } else {
      const handler = this.methods[method];
      result = handler ? handler(args, { ...base, seq: 0, at: Date.now() }) : { ok: false, error: 'unknown_method' };
    }
    this.record({ ...base, result });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export async function startSlackStandIn(options: StandInOptions = {}): Promise<SlackStandIn> {
  const standIn = new StandIn(options);
  await standIn.listen();
  return standIn;
}
