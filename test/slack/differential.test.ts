import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, type Receiver } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appMention,
  blockActions,
  eventCallback,
  FORM,
  JSON_TYPE,
  signRequest,
  slashCommand,
  urlVerification,
  viewSubmission,
  type SlackRequest,
} from '../../src/emulator/index.ts';
import { SlackHttpReceiver } from '../../src/slack/http/http-receiver.ts';
import { createInFlight } from '../../src/slack/middleware/in-flight.ts';
import { recordingLogger, SIGNING_SECRET } from './harness.ts';

/**
 * career-bot's HTTP receiver (src/slack/http/http-receiver.ts) replaced Bolt's HTTPReceiver; it must keep every promise
 * HTTPReceiver makes to Slack. Two Bolt apps with the same listeners (each acknowledges, a command echoing what it
 * read) run side by side, one on each receiver, and get the same requests, byte for byte. Status, body and content
 * type must match, except where DELIBERATE below says otherwise and why: any other difference fails.
 */
type Sent = { body: string; headers: Record<string, string> };
type Answer = { status: number; body: string; type: string | undefined };

const now = () => Math.floor(Date.now() / 1000);
const signed = (request: SlackRequest, extra: Record<string, string> = {}, at = now()): Sent => ({
  body: request.body,
  headers: { 'content-type': request.contentType, ...signRequest(SIGNING_SECRET, request.body, at), ...extra },
});
const unsigned = (request: SlackRequest): Sent => ({
  body: request.body,
  headers: { 'content-type': request.contentType },
});
const raw = (body: string, contentType: string): SlackRequest => ({ body, contentType });

/** A modal with a listener (callback_id `known_modal`) and one nobody registered. */
const submit = (callbackId: string) =>
  viewSubmission({
    view: { id: 'V0MODAL', callback_id: callbackId, private_metadata: '', type: 'modal' },
    values: { answer: { text: { type: 'plain_text_input', value: 'yes' } } },
  });

const MB = 1024 * 1024;

/** Every case: a name and what is sent (`twice`: the same bytes again, and the second answer is compared). */
const CASES: Record<string, { send: () => Sent; twice?: boolean }> = {
  url_verification: { send: () => signed(urlVerification('challenge-abc')) },
  'url_verification, unsigned': { send: () => unsigned(urlVerification('challenge-abc')) },
  'ssl_check, unsigned': { send: () => unsigned(raw('ssl_check=1&token=deprecated', FORM)) },
  'ssl_check, signed': { send: () => signed(raw('ssl_check=1&token=deprecated', FORM)) },
  'ssl_check, unsigned, over 4 kB': { send: () => unsigned(raw(`ssl_check=1&token=${'t'.repeat(5_000)}`, FORM)) },
  'slash command': {
    send: () => signed(slashCommand({ text: 'what does a care manager earn? 100% + more & <!channel> é 🙂' })),
  },
  'slash command, repeated field': {
    send: () => signed(raw(`${slashCommand({ text: 'salary' }).body}&text=again`, FORM)),
  },
  event: { send: () => signed(appMention({ text: '<@U0BOT> salary' })) },
  'event, retried by Slack (X-Slack-Retry-Num)': {
    send: () =>
      signed(appMention({ text: '<@U0BOT> salary' }), {
        'x-slack-retry-num': '1',
        'x-slack-retry-reason': 'http_timeout',
      }),
  },
  'event no listener handles': {
    send: () => signed(eventCallback({ type: 'reaction_added', user: 'U1', reaction: 'wave', item: {} })),
  },
  'block action': { send: () => signed(blockActions({ action_id: 'open:topic', value: '{"k":"topics"}' })) },
  'block action nobody listens to': { send: () => signed(blockActions({ action_id: 'nobody:here', value: 'x' })) },
  'view submission with a listener': { send: () => signed(submit('known_modal')) },
  'view submission nobody listens to': { send: () => signed(submit('unknown_modal')) },
  'bad signature': {
    send: () => signed(slashCommand({ text: 'salary' }), { 'x-slack-signature': `v0=${'0'.repeat(64)}` }),
  },
  'wrong signing secret': {
    send: () => {
      const { body, contentType } = slashCommand({ text: 'salary' });
      return { body, headers: { 'content-type': contentType, ...signRequest('not-the-secret', body) } };
    },
  },
  'no signature': { send: () => unsigned(slashCommand({ text: 'salary' })) },
  'stale timestamp (6 minutes ago)': { send: () => signed(slashCommand({ text: 'salary' }), {}, now() - 6 * 60) },
  'future timestamp (6 minutes ahead)': { send: () => signed(slashCommand({ text: 'salary' }), {}, now() + 6 * 60) },
  'JSON body sent as text/plain': { send: () => signed(raw(appMention({ text: 'x' }).body, 'text/plain')) },
  'JSON with a charset': { send: () => signed(raw(appMention({ text: 'x' }).body, `${JSON_TYPE}; charset=utf-8`)) },
  'empty body, signed': { send: () => signed(raw('', JSON_TYPE)) },
  'empty form body, signed': { send: () => signed(raw('', FORM)) },
  'empty body, unsigned': { send: () => unsigned(raw('', JSON_TYPE)) },
  'malformed JSON, signed': { send: () => signed(raw('{"type":', JSON_TYPE)) },
  'a JSON type Slack does not send, signed': { send: () => signed(raw('{"type":"something_else"}', JSON_TYPE)) },
  'event_callback without an event, signed': { send: () => signed(raw('{"type":"event_callback"}', JSON_TYPE)) },
  'an event that is a string, signed': { send: () => signed(raw('{"type":"event_callback","event":"x"}', JSON_TYPE)) },
  'block_actions without actions, signed': {
    send: () => signed(raw(`payload=${encodeURIComponent('{"type":"block_actions","user":{"id":"U1"}}')}`, FORM)),
  },
  'payload=1, signed': { send: () => signed(raw('payload=1', FORM)) },
  'a JSON array, signed': { send: () => signed(raw('[]', JSON_TYPE)) },
  'body of 1.5 MB, signed': { send: () => signed(slashCommand({ text: 'a'.repeat(1.5 * MB) })) },
  'body of 5 MB, signed': { send: () => signed(slashCommand({ text: 'a'.repeat(5 * MB) })) },
  'signed payload=null': { send: () => signed(raw('payload=null', FORM)) },
  'a slash command replayed': { send: () => signed(slashCommand({ text: 'salary' })), twice: true },
};

type Expect = { status?: number; body?: string | RegExp };
type Row = { bolt: Expect | 'crashes'; ours: Expect; why: string };

const NOT_SLACKS =
  'not a request Slack sends: Bolt cannot place it, waits 3 s for an acknowledgement no listener gives, then answers 404; we refuse it at once, saying why';

/**
 * Every deliberate difference, with its reason. A case not named here must get Bolt's status, body and content
 * type; a row whose case no longer differs fails too, so the table stays true.
 */
const DELIBERATE: Record<string, Row> = {
  '(every refusal)': {
    bolt: { body: '' },
    ours: { body: /^[^\n]+\n$/ },
    why: "our refusals (400, 401, 413, 415) carry one line of plain text saying why, for whoever reads a log or a terminal; Bolt's are empty. The status must still be Bolt's",
  },
  'future timestamp (6 minutes ahead)': {
    bolt: { status: 200 },
    ours: { status: 401 },
    why: 'Bolt refuses a timestamp more than 5 minutes old but any in the future; a request signed for later is as replayable, so ours holds to 5 minutes either way',
  },
  'JSON body sent as text/plain': {
    bolt: { status: 200 },
    ours: { status: 415 },
    why: 'Bolt reads any body that is not form-encoded as JSON; Slack sends only JSON or forms, so another content type is not Slack',
  },
  'slash command, repeated field': {
    bolt: { status: 200, body: /read: salary,again/ },
    ours: { status: 400 },
    why: "Slack never repeats a field; Bolt hands the listener an array where Slack's fields are strings, which a listener reading the text fails on",
  },
  'body of 1.5 MB, signed': {
    bolt: { status: 200 },
    ours: { status: 413 },
    why: "Slack's payloads are a few kB: our limit is 1 MB, Bolt's 4 MB (past 4 MB both answer 413)",
  },
  'a slash command replayed': {
    bolt: { status: 200, body: /read: salary/ },
    ours: { status: 200, body: '' },
    why: 'the same signed bytes again are a replay (a captured request), acknowledged and ignored (src/slack/http/replay-guard.ts); Bolt acts on every copy',
  },
  'ssl_check, unsigned, over 4 kB': {
    bolt: { status: 200 },
    ours: { status: 401 },
    why: "an unsigned body is read for ssl_check before any signature, so only one the size of Slack's probe (a few fields) is parsed for it: anyone can send the rest",
  },
  'signed payload=null': {
    bolt: 'crashes',
    ours: { status: 400 },
    why: 'Bolt reads ssl_check of null outside any try: the unhandled TypeError ends the process, so it is not sent to Bolt here',
  },
  'an event that is a string, signed': {
    bolt: { status: 500 },
    ours: { status: 400 },
    why: 'Bolt fails on it (500); it is not a request Slack sends',
  },
  'empty form body, signed': { bolt: { status: 404 }, ours: { status: 400 }, why: NOT_SLACKS },
  'a JSON type Slack does not send, signed': { bolt: { status: 404 }, ours: { status: 400 }, why: NOT_SLACKS },
  'event_callback without an event, signed': { bolt: { status: 404 }, ours: { status: 400 }, why: NOT_SLACKS },
  'block_actions without actions, signed': { bolt: { status: 404 }, ours: { status: 400 }, why: NOT_SLACKS },
  'payload=1, signed': { bolt: { status: 404 }, ours: { status: 400 }, why: NOT_SLACKS },
  'a JSON array, signed': { bolt: { status: 404 }, ours: { status: 400 }, why: NOT_SLACKS },
};

/** Listeners both apps get: each acknowledges; the command echoes what it read, so parsing is compared too. */
function listen(app: App): App {
  app.command('/career', async ({ command, ack }) =>
    ack({ response_type: 'ephemeral', text: `read: ${command.text}` }),
  );
  app.event('app_mention', async () => {});
  app.action(/^open:/, async ({ ack }) => ack());
  app.view('known_modal', async ({ ack }) => ack({ response_action: 'clear' }));
  return app;
}

async function startApp(receiver: Receiver): Promise<{ url: string; app: App }> {
  const app = listen(
    new App({
      receiver,
      // Its identity given, so it never calls Slack.
      authorize: async () => ({ botToken: 'xoxb-differential', botId: 'B0BOT', botUserId: 'U0BOT' }),
      logLevel: LogLevel.ERROR,
      logger: recordingLogger([]),
    }),
  );
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return { app, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events` };
}

async function post(url: string, sent: Sent): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: sent.headers, body: sent.body });
  return { status: res.status, body: await res.text(), type: res.headers.get('content-type') ?? undefined };
}

describe("our receiver answers as Bolt's HTTPReceiver does", () => {
  let bolt: { url: string; app: App };
  let ours: { url: string; app: App };
  const answers = new Map<string, { bolt: Answer | undefined; ours: Answer }>();

  beforeAll(async () => {
    const logger = recordingLogger([]);
    [bolt, ours] = await Promise.all([
      startApp(new HTTPReceiver({ signingSecret: SIGNING_SECRET, logger })),
      startApp(
        new SlackHttpReceiver({
          signingSecret: SIGNING_SECRET,
          path: '/slack/events',
          logger,
          routes: [],
          inFlight: createInFlight(),
        }),
      ),
    ]);
    // All at once: Bolt answers a request nobody acknowledged only after 3 s.
    await Promise.all(
      Object.entries(CASES).map(async ([name, { send, twice }]) => {
        const sent = send();
        const both = async (url: string) => {
          const first = await post(url, sent);
          return twice ? post(url, sent) : first;
        };
        const crashesBolt = DELIBERATE[name]?.bolt === 'crashes';
        const [fromBolt, fromOurs] = await Promise.all([crashesBolt ? undefined : both(bolt.url), both(ours.url)]);
        answers.set(name, { bolt: fromBolt, ours: fromOurs });
      }),
    );
  }, 30_000);
  afterAll(async () => {
    await Promise.all([bolt?.app.stop(), ours?.app.stop()]);
  });

  const matches = (answer: Answer | undefined, expected: Expect) =>
    answer !== undefined &&
    (expected.status === undefined || answer.status === expected.status) &&
    (expected.body === undefined ||
      (typeof expected.body === 'string' ? answer.body === expected.body : expected.body.test(answer.body)));
  const refusal = DELIBERATE['(every refusal)']!;

  it.each(Object.keys(CASES).filter((name) => !DELIBERATE[name]))('%s: the same answer', (name) => {
    const { bolt: theirs, ours: mine } = answers.get(name)!;
    expect(mine.status).toBe(theirs!.status);
    if (mine.status >= 400 && mine.type?.startsWith('text/plain')) {
      // (every refusal): ours says why in one line, Bolt's is empty.
      expect(theirs!.body).toBe('');
      expect(mine.body).toMatch(refusal.ours.body!);
      return;
    }
    expect({ body: mine.body, type: mine.type }).toEqual({ body: theirs!.body, type: theirs!.type });
  });

  it.each(Object.keys(DELIBERATE).filter((name) => name !== '(every refusal)'))(
    '%s: differs as listed, and only so',
    (name) => {
      const row = DELIBERATE[name]!;
      expect(CASES[name], 'a row must name a case').toBeDefined();
      const { bolt: theirs, ours: mine } = answers.get(name)!;
      expect(matches(mine, row.ours), `ours: ${mine.status} ${mine.body.slice(0, 80)}`).toBe(true);
      if (row.bolt === 'crashes') return;
      expect(matches(theirs, row.bolt), `Bolt: ${theirs?.status} ${theirs?.body.slice(0, 80)}`).toBe(true);
      // Still a difference, or the row must go.
      expect(theirs!.status !== mine.status || theirs!.body !== mine.body).toBe(true);
    },
  );
});
