/**
 * What stands between the network and Bolt on the events path (HTTP mode). Bolt trusts the shape of what
 * it is given: a `payload=null` crashes the process, `{"event":"x"}` becomes a 500, and a body of a type it
 * cannot place is never acknowledged. So every request is checked here first, and only what is signed, small
 * enough and shaped like something Slack sends reaches Bolt (parsed once, here):
 * - 401 unless signed with the signing secret and timestamped within five minutes either way;
 * - 413 past 1 MB (Slack's payloads are a few kB); the body is still read and signed, so forgeries stay 401;
 * - 415 for a content type Slack does not use, 400 for a body that is not one of the requests below;
 * - 200 for Slack's `ssl_check`, signed or not, as Bolt answers it.
 * Answers are short plain text: nothing of the request, no stack trace. Where this differs from Bolt's own
 * receiver, and why: the table in test/slack/differential.test.ts.
 */
import { createHmac, timingSafeEqual, type Hmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { z } from 'zod';

export const MAX_BODY_BYTES = 1024 * 1024;
/** How far a request's signed timestamp may be from now, either way (Slack's rule); also how long a replay is possible. */
export const SIGNATURE_WINDOW_S = 5 * 60;
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

const UrlVerificationSchema = z.looseObject({ type: z.literal('url_verification'), challenge: text });
const EventCallbackSchema = z.looseObject({
  type: z.literal('event_callback'),
  event: EventSchema,
  event_id: text.optional(),
  ...ENVELOPE,
});
// A slash command (form fields, so every value is a string; a repeated field would be an array).
const CommandSchema = z.looseObject({
  command: z.string().startsWith('/'),
  text: text.optional(),
  user_id: text.optional(),
  channel_id: text.optional(),
  team_id: text.optional(),
  response_url: text.optional(),
  trigger_id: text.optional(),
});
const BlockActionsSchema = z.looseObject({
  type: z.literal('block_actions'),
  user: z.looseObject({ id, team_id: text.optional() }),
  actions: z
    .array(z.looseObject({ action_id: id, block_id: text.optional(), value: text.optional(), type: text.optional() }))
    .min(1),
  team: z.union([z.looseObject({ id: text, enterprise_id: text.optional() }), z.null()]).optional(),
  channel: z.union([z.looseObject({ id: text }), z.null()]).optional(),
  container: z.looseObject({}).optional(),
  message: z.looseObject({}).optional(),
  view: z.looseObject({}).optional(),
  enterprise: z.union([z.looseObject({ id: text }), z.null()]).optional(),
  is_enterprise_install: z.boolean().optional(),
  response_url: text.optional(),
  trigger_id: text.optional(),
});
// A modal's submit button (the HR team's answer): Bolt routes it by the view's callback_id.
const ViewSubmissionSchema = z.looseObject({
  type: z.literal('view_submission'),
  user: z.looseObject({ id, team_id: text.optional() }),
  team: z.union([z.looseObject({ id: text }), z.null()]).optional(),
  view: z.looseObject({
    id,
    callback_id: text,
    private_metadata: text.optional(),
    state: z.looseObject({ values: z.looseObject({}) }),
  }),
  is_enterprise_install: z.boolean().optional(),
});
// A message shortcut ("Answer with career-bot" in a message's "⋯" menu): Bolt routes it by callback_id.
const MessageActionSchema = z.looseObject({
  type: z.literal('message_action'),
  callback_id: id,
  user: z.looseObject({ id }),
  channel: z.looseObject({ id, name: text.optional() }),
  message: z.looseObject({ ts: id, text: text.optional(), thread_ts: text.optional() }),
  team: z.union([z.looseObject({ id: text }), z.null()]).optional(),
  response_url: text.optional(),
  trigger_id: text.optional(),
});
/** The JSON requests by their `type`; a slash command has none (form fields), so it is told by its `command`. */
const SCHEMA_BY_TYPE: Record<string, z.ZodType> = {
  url_verification: UrlVerificationSchema,
  event_callback: EventCallbackSchema,
  block_actions: BlockActionsSchema,
  view_submission: ViewSubmissionSchema,
  message_action: MessageActionSchema,
};

/** A request that passed: Slack's `ssl_check` probe, or a signed body of a known shape, parsed, with its signature. */
export type Screened =
  | { sslCheck: true }
  | { sslCheck: false; body: Record<string, unknown>; signature: string; timestampSec: number };
export type Refused = { status: number; reason: string };

const reject = (status: number, reason: string): Refused => ({ status, reason });

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
    req.on('end', () => resolve({ body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), size }));
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
    const fields = parseForm(raw);
    return typeof fields.payload === 'string' ? JSON.parse(fields.payload) : { ...fields };
  }
  return JSON.parse(raw);
}

/** The one schema a body can match, picked by what it says it is, so a slash command is not tried as an event first. */
function schemaFor(parsed: object): z.ZodType | undefined {
  if ('command' in parsed) return CommandSchema;
  const type = (parsed as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(SCHEMA_BY_TYPE, type) ? SCHEMA_BY_TYPE[type] : undefined;
}

/**
 * Slack checks that a slash command's request URL is served over valid TLS with `ssl_check=1` and may not sign
 * it; it gets a bare 200. Read before the signature, so only a body the size of Slack's probe is parsed for it.
 */
const MAX_SSL_CHECK_BYTES = 4 * 1024;
const isSslCheck = (contentType: string | undefined, body: Buffer, size: number) =>
  contentType === FORM && size <= MAX_SSL_CHECK_BYTES && parseForm(body.toString('utf8')).ssl_check === '1';

function verdictFor(
  req: IncomingMessage,
  body: Buffer,
  size: number,
  signed: boolean,
  limit: number,
): Screened | Refused {
  const contentType = header(req, 'content-type');
  if (!signed)
    return isSslCheck(contentType, body, size) ? { sslCheck: true } : reject(401, 'invalid or missing Slack signature');
  if (size > limit) return reject(413, `request body over ${limit} bytes`);
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (contentType !== FORM && mediaType !== 'application/json') return reject(415, 'unsupported content type');
  let parsed: unknown;
  try {
    parsed = parseBody(body.toString('utf8'), contentType);
  } catch {
    return reject(400, 'malformed request body');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return reject(400, 'not a request this app handles');
  // A signed `ssl_check` too (Slack may sign it): 200, as Bolt answers it.
  if ((parsed as { ssl_check?: unknown }).ssl_check === '1') return { sslCheck: true };
  if (!schemaFor(parsed)?.safeParse(parsed).success) return reject(400, 'not a request this app handles');
  const event = (parsed as { event?: { type: string } }).event;
  const listened = event ? LISTENED_EVENTS[event.type] : undefined;
  if (listened && !listened.safeParse(event).success)
    return reject(400, `${event!.type} event without the fields it needs`);
  return {
    sslCheck: false,
    body: parsed as Record<string, unknown>,
    signature: header(req, 'x-slack-signature')!,
    timestampSec: Number(header(req, 'x-slack-request-timestamp')),
  };
}

function signatureMatches(expected: Hmac | null, signature: string | undefined): boolean {
  if (!expected || !signature?.startsWith('v0=')) return false;
  const ours = Buffer.from(`v0=${expected.digest('hex')}`);
  const theirs = Buffer.from(signature);
  return ours.length === theirs.length && timingSafeEqual(ours, theirs);
}

export type ScreenOptions = {
  signingSecret: string;
  maxBodyBytes?: number;
  now?: () => number;
};

/** Reads a request to the events path and says whether it may reach Bolt (with its body parsed) or why not. */
export async function screenRequest(req: IncomingMessage, options: ScreenOptions): Promise<Screened | Refused> {
  const { signingSecret, maxBodyBytes = MAX_BODY_BYTES, now = Date.now } = options;
  const timestamp = Number(header(req, 'x-slack-request-timestamp'));
  const fresh = Number.isInteger(timestamp) && Math.abs(now() / 1000 - timestamp) <= SIGNATURE_WINDOW_S;
  const hmac = fresh ? createHmac('sha256', signingSecret).update(`v0:${timestamp}:`) : null;
  const { body, size } = await readBody(req, maxBodyBytes, hmac);
  return verdictFor(req, body, size, signatureMatches(hmac, header(req, 'x-slack-signature')), maxBodyBytes);
}
