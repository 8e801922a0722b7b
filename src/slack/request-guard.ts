import { createHmac, timingSafeEqual, type Hmac } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from '@slack/bolt';
import { z } from 'zod';

/**
 * What stands between the network and Bolt on the events path (HTTP mode). Bolt trusts the shape of what
 * it parses: a signed `payload=null` crashes the process, `{"event":"x"}` becomes a 500, and a body of a type
 * it cannot place is never acknowledged (404 after three seconds). So every request is checked here first,
 * and only what is signed, small enough and shaped like something Slack sends reaches Bolt:
 * - 401 unless signed with the signing secret and timestamped within five minutes either way;
 * - 413 past 1 MB (Slack's payloads are a few kB); the body is still read and signed, so forgeries stay 401;
 * - 415 for a content type Slack does not use, 400 for a body that is not one of the requests below.
 * Answers are short plain text: nothing of the request, no stack trace.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_CLOCK_SKEW_S = 5 * 60;
const FORM = 'application/x-www-form-urlencoded';

const text = z.string();
const id = z.string().min(1);

// Only the fields Bolt or our listeners read are constrained; the rest passes as Slack sent it.
const EventSchema = z.looseObject({
  type: id,
  channel: z.union([text, z.looseObject({ id: text })]).optional(),
  channel_id: text.optional(),
  item: z.looseObject({}).optional(),
  user: z.union([text, z.looseObject({ id: text })]).optional(),
  text: text.optional(),
  ts: text.optional(),
  thread_ts: text.optional(),
  event_ts: text.optional(),
  subtype: text.optional(),
  bot_id: text.optional(),
});

/** The events the app listens to must carry what their listeners use; others are acknowledged and ignored. */
const LISTENED_EVENTS: Record<string, z.ZodType> = {
  app_mention: z.looseObject({ channel: id, text, ts: id }),
  message: z.looseObject({ channel: id, ts: id }),
  app_home_opened: z.looseObject({ user: id }),
};

const ENVELOPE = {
  team_id: text.optional(),
  api_app_id: text.optional(),
  authorizations: z.array(z.looseObject({})).optional(),
  is_enterprise_install: z.boolean().optional(),
  enterprise_id: z.union([text, z.null()]).optional(),
};

const RequestSchema = z.union([
  z.looseObject({ type: z.literal('url_verification'), challenge: text }),
  z.looseObject({ type: z.literal('event_callback'), event: EventSchema, event_id: text.optional(), ...ENVELOPE }),
  // A slash command (form fields, so every value is a string; a repeated field would be an array).
  z.looseObject({
    command: z.string().startsWith('/'),
    text: text.optional(),
    user_id: text.optional(),
    channel_id: text.optional(),
    team_id: text.optional(),
    response_url: text.optional(),
    trigger_id: text.optional(),
  }),
  z.looseObject({
    type: z.literal('block_actions'),
    user: z.looseObject({ id, team_id: text.optional() }),
    actions: z.array(z.looseObject({ action_id: id, block_id: text.optional(), value: text.optional(), type: text.optional() })).min(1),
    team: z.union([z.looseObject({ id: text, enterprise_id: text.optional() }), z.null()]).optional(),
    channel: z.union([z.looseObject({ id: text }), z.null()]).optional(),
    container: z.looseObject({}).optional(),
    message: z.looseObject({}).optional(),
    view: z.looseObject({}).optional(),
    enterprise: z.union([z.looseObject({ id: text }), z.null()]).optional(),
    is_enterprise_install: z.boolean().optional(),
    response_url: text.optional(),
    trigger_id: text.optional(),
  }),
]);

type Verdict = { status: number; reason: string } | { status: 200; body: Buffer };

const reject = (status: number, reason: string): Verdict => ({ status, reason });

/** Reads the body to the end (so keep-alive survives), keeping at most `limit` bytes and signing all of them. */
function readBody(req: IncomingMessage, limit: number, hmac: Hmac | null): Promise<{ body: Buffer; size: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      hmac?.update(chunk);
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), size }));
    req.on('error', reject);
  });
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** Parses as Bolt does (form, with interactivity in `payload=`; anything else as JSON), or throws. */
function parseBody(raw: string, contentType: string | undefined): unknown {
  if (contentType === FORM) {
    const fields = parseQuery(raw);
    return typeof fields.payload === 'string' ? JSON.parse(fields.payload) : { ...fields };
  }
  return JSON.parse(raw);
}

function verdictFor(req: IncomingMessage, body: Buffer, size: number, signed: boolean, limit: number): Verdict {
  const contentType = header(req, 'content-type');
  // Slack checks that a request URL is served over valid TLS with an unsigned `ssl_check=1`; Bolt answers it.
  if (!signed && contentType === FORM && size <= limit && parseQuery(body.toString('utf8')).ssl_check === '1') return { status: 200, body };
  if (!signed) return reject(401, 'invalid or missing Slack signature');
  if (size > limit) return reject(413, `request body over ${limit} bytes`);
  const mediaType = contentType?.split(';')[0]!.trim().toLowerCase();
  if (contentType !== FORM && mediaType !== 'application/json') return reject(415, 'unsupported content type');
  let parsed: unknown;
  try {
    parsed = parseBody(body.toString('utf8'), contentType);
  } catch {
    return reject(400, 'malformed request body');
  }
  const shape = RequestSchema.safeParse(parsed);
  if (!shape.success) return reject(400, 'not a request this app handles');
  const event = (parsed as { event?: { type: string } }).event;
  const listened = event ? LISTENED_EVENTS[event.type] : undefined;
  if (listened && !listened.safeParse(event).success) return reject(400, `${event!.type} event without the fields it needs`);
  return { status: 200, body };
}

function signatureMatches(expected: Hmac | null, signature: string | undefined): boolean {
  if (!expected || !signature?.startsWith('v0=')) return false;
  const ours = Buffer.from(`v0=${expected.digest('hex')}`);
  const theirs = Buffer.from(signature);
  return ours.length === theirs.length && timingSafeEqual(ours, theirs);
}

export type GuardOptions = {
  signingSecret: string;
  /** The path Slack posts to; other paths and methods pass straight on (health check, 404s). */
  path: string;
  logger: Logger;
  maxBodyBytes?: number;
  now?: () => number;
};

/** Wraps Bolt's request listener with the checks above. */
export function guardRequests(inner: RequestListener, options: GuardOptions): RequestListener {
  const { signingSecret, path, logger, maxBodyBytes = MAX_BODY_BYTES, now = Date.now } = options;

  const screen = async (req: IncomingMessage, res: ServerResponse) => {
    const timestamp = Number(header(req, 'x-slack-request-timestamp'));
    const fresh = Number.isInteger(timestamp) && Math.abs(now() / 1000 - timestamp) <= MAX_CLOCK_SKEW_S;
    const hmac = fresh ? createHmac('sha256', signingSecret).update(`v0:${timestamp}:`) : null;
    const { body, size } = await readBody(req, maxBodyBytes, hmac);
    const verdict = verdictFor(req, body, size, signatureMatches(hmac, header(req, 'x-slack-signature')), maxBodyBytes);
    if ('body' in verdict) {
      // Bolt reuses a body already read (it checks `rawBody`), and verifies the signature again itself.
      Object.assign(req, { rawBody: verdict.body });
      inner(req, res);
      return;
    }
    logger.warn(`Refused a request to ${path}: ${verdict.reason} (${verdict.status})`);
    res.writeHead(verdict.status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${verdict.reason}\n`);
  };

  return (req, res) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('malformed URL\n');
      return;
    }
    if (pathname !== path || req.method !== 'POST') {
      inner(req, res);
      return;
    }
    screen(req, res).catch((error: unknown) => {
      // A connection that broke while its body was being read: nobody is left to answer.
      logger.warn(`Could not read a request to ${path}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(400).end();
    });
  };
}
