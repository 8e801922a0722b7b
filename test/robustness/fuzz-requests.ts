/**
 * Hostile and malformed requests for the fuzz test, generated from a seed so a failure can be replayed exactly.
 * Built on the emulator's request builders: a fuzz case starts as what Slack would send and is then broken in
 * one way, so it reaches deep into the app instead of bouncing off the first parser.
 */
import {
  appHomeOpened,
  appMention,
  blockActions,
  directMessage,
  eventCallback,
  FORM,
  JSON_TYPE,
  messageTs,
  signRequest,
  slashCommand,
  urlVerification,
  type SlackRequest,
} from '../../src/emulator/index.ts';

export const EVENTS_PATH = '/slack/events';
/** Bodies above this are refused by the app; the fuzz sends some just past it. */
export const ONE_MB = 1024 * 1024;

export type FuzzKind =
  | 'valid'
  | 'unicode'
  | 'injection'
  | 'long-question'
  | 'random-bytes'
  | 'truncated'
  | 'wrong-content-type'
  | 'oversized'
  | 'invalid-payload-json'
  | 'missing-fields'
  | 'unknown-type'
  | 'wrong-route';

/** How the request is signed; everything but `signed` must be refused with 401. */
export type Signing =
  | 'signed'
  | 'none'
  | 'wrong-secret'
  | 'stale'
  | 'future'
  | 'malformed-signature'
  | 'non-numeric-timestamp'
  | 'tampered-body';

export type FuzzCase = {
  index: number;
  kind: FuzzKind;
  /** What the case is, in a few words, for failure messages. */
  label: string;
  signing: Signing;
  method: string;
  path: string;
  /** Absent: no content-type header at all. */
  contentType?: string;
  body: Buffer;
};

/** mulberry32: small, fast and good enough to pick cases; the same seed gives the same requests everywhere. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof seededRandom>;

/** Questions people could plausibly ask, so valid-looking requests reach the matcher and produce real cards. */
const QUESTIONS = [
  'what does a care manager do',
  'case manager salary',
  'do care managers need a nursing degree?',
  'certifcation for case manger',
  'compare',
  'compare certification',
  'topics',
  'help',
  'ask where do case managers work',
  '',
  '   ',
  'how do I reset my password',
  'what does a surgeon earn',
];

/** Text that tries to ping people, inject markup or break out of the JSON/markup it is placed in. */
const INJECTIONS = [
  '<!channel> case manager salary',
  '<!here|here> what do care managers do',
  '<!everyone>',
  '<@U0ASKER> certification',
  '<#C0GENERAL|general>',
  '<!subteam^S0123|@nurses> skills',
  '<!date^1392734382^{date}|Feb 18>',
  '<https://evil.invalid|click me> salary',
  '<script>alert(1)</script> care manager',
  '<img src=x onerror=alert(1)>',
  '&lt;!channel&gt; &amp; &amp;amp;',
  'a & b < c > d',
  '*bold* _italic_ ~strike~ `code` ```block```',
  '> quoted\n>>> more',
  '"},"blocks":[{"type":"divider"}],"x":"',
  "'; DROP TABLE answers; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the input, never interpolated
  '${process.env.SLACK_BOT_TOKEN}',
  '{{7*7}} %s %n %x',
  'javascript:alert(1)',
  '\\u003c!channel\\u003e',
];

/** Unicode that trips up naive code: astral emoji, ZWJ sequences, RTL overrides, zero-width, lone surrogates. */
const UNICODE = [
  '👩‍⚕️ what does a care manager do? 🏥',
  '🧑🏽‍⚕️🧑🏿‍⚕️ salary 💰💰💰',
  '🇺🇸🏳️‍🌈 case manager duties',
  'ما هو راتب مدير الحالة؟',
  'מה עושה מנהל מקרה',
  '\u202Eyralas reganam esac\u202C',
  '\u200Fcare manager\u200E certification',
  'case\u200Bmanager sal\u200Dary',
  '\uFEFFcertification\u2060',
  'care\u00ADmanager',
  'c̸̡̛a̷͎̓s̴̰̈e̶̳͝ manager',
  'ｃａｓｅ ｍａｎａｇｅｒ ｓａｌａｒｙ',
  'lone \uD800 high surrogate',
  'lone \uDFFF low surrogate salary',
  'reversed \uDC00\uD800 pair',
  'salary \uD83D',
  'nul\u0000byte \u0007bell \u001b[31mred',
  'line\u2028separator\u2029paragraph',
  'Ⅻ ℃ ﬁ ǅ İstanbul ß',
  '\u0301\u0301\u0301 leading combining marks',
];

/** The app's action ids are `<kind>:<anything>`; values are short JSON (src/blocks/values.ts) or, here, not. */
const KNOWN_ACTIONS = ['open:0', 'open:topic', 'share:0', 'feedback:up', 'feedback:down', 'open', 'share', 'feedback'];
const UNKNOWN_EVENT_TYPES = [
  'reaction_added',
  'team_join',
  'channel_created',
  'file_shared',
  'app_uninstalled',
  'tokens_revoked',
  'x-unknown',
  '',
];
const MESSAGE_SUBTYPES = [
  'bot_message',
  'message_changed',
  'message_deleted',
  'channel_join',
  'file_share',
  'thread_broadcast',
  'me_message',
  'x-unknown',
];
const UNKNOWN_BODY_TYPES = [
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'block_suggestion',
  'interactive_message',
  'dialog_submission',
  'x-unknown',
];
const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=xyz',
  'application/x-www-form-urlencoded; charset=utf-8',
  'application/json; charset=utf-8',
  'application/octet-stream',
  '',
  'application/json, application/json',
];

/** A question of about `length` characters: words that mean something, so matching works on all of it. */
function longQuestion(random: Random, length: number): string {
  const words = [
    'case',
    'manager',
    'care',
    'salary',
    'certification',
    'what',
    'does',
    'a',
    'do',
    '<!channel>',
    '&',
    '👩‍⚕️',
    'نعم',
  ];
  let text = '';
  while (text.length < length) text += `${random.pick(words)} `;
  return text.slice(0, length);
}

/** One plausible Slack request carrying `text` where a user's words go. */
function carrier(random: Random, text: string, responseUrl: string): { request: SlackRequest; label: string } {
  switch (random.int(0, 4)) {
    case 0:
      return { request: slashCommand({ text, response_url: responseUrl }), label: 'slash command' };
    case 1:
      return { request: appMention({ text: `<@U0CAREBOT> ${text}` }), label: 'app_mention' };
    case 2:
      return { request: directMessage({ text }), label: 'message.im' };
    case 3: {
      const action_id = random.pick(KNOWN_ACTIONS);
      const value = random.pick([
        JSON.stringify({ k: 'ask', q: text }),
        JSON.stringify({ vote: 'up', t: null, r: [], q: text }),
        JSON.stringify({ k: 'compare', u: text }),
        JSON.stringify({ k: 'topic', t: 'salary', r: ['care-manager'] }),
        text,
      ]);
      return {
        request: blockActions({ action_id, value, response_url: responseUrl }),
        label: `block_actions ${action_id}`,
      };
    }
    default:
      return { request: slashCommand({ text: `ask ${text}`, response_url: responseUrl }), label: 'slash ask' };
  }
}

const bytes = (text: string) => Buffer.from(text, 'utf8');
const request = (r: SlackRequest) => ({ body: bytes(r.body), contentType: r.contentType });

/** Form fields with values encoded by hand, so invalid UTF-8 and lone surrogates (CESU-8) survive as sent. */
function rawForm(fields: Record<string, string>): Buffer {
  return bytes(
    Object.entries(fields)
      .map(([k, v]) => `${k}=${v}`)
      .join('&'),
  );
}

type Body = { body: Buffer; contentType?: string; label: string; method?: string; path?: string };

/** One generator per kind; each returns a body that is broken (or hostile) in exactly that way. */
const GENERATORS: Record<FuzzKind, (random: Random, responseUrl: string) => Body> = {
  valid(random, responseUrl) {
    const pickOne = random.int(0, 2);
    if (pickOne === 0) return { ...request(appHomeOpened()), label: 'app_home_opened' };
    if (pickOne === 1) return { ...request(urlVerification()), label: 'url_verification' };
    const { request: r, label } = carrier(random, random.pick(QUESTIONS), responseUrl);
    return { ...request(r), label };
  },
  unicode(random, responseUrl) {
    const text = random.pick(UNICODE);
    if (random.chance(0.2)) {
      // In a form, a lone surrogate can only arrive as its (invalid) CESU-8 bytes.
      return {
        body: rawForm({
          command: '/career',
          text: `salary%ED%A0%80%C0%AF%FF`,
          user_id: 'U0ASKER',
          response_url: encodeURIComponent(responseUrl),
        }),
        contentType: FORM,
        label: 'slash command, invalid UTF-8',
      };
    }
    const { request: r, label } = carrier(random, text, responseUrl);
    return { ...request(r), label: `${label}: ${JSON.stringify(text).slice(0, 40)}` };
  },
  injection(random, responseUrl) {
    const text = random.pick(INJECTIONS);
    const { request: r, label } = carrier(random, text, responseUrl);
    return { ...request(r), label: `${label}: ${text.slice(0, 40)}` };
  },
  'long-question'(random, responseUrl) {
    const { request: r, label } = carrier(
      random,
      longQuestion(random, random.pick([10_000, 10_000, 4_000, 501])),
      responseUrl,
    );
    return { ...request(r), label: `${label}, long question` };
  },
  'random-bytes'(random) {
    const body = Buffer.alloc(random.int(0, 2048));
    for (let i = 0; i < body.length; i++) body[i] = random.int(0, 255);
    return {
      body,
      contentType: random.pick([FORM, JSON_TYPE, undefined, 'application/octet-stream']),
      label: `${body.length} random bytes`,
    };
  },
  truncated(random, responseUrl) {
    const { request: r, label } = carrier(random, random.pick(QUESTIONS), responseUrl);
    const full = bytes(r.body);
    return {
      body: full.subarray(0, random.int(0, full.length - 1)),
      contentType: r.contentType,
      label: `${label}, truncated`,
    };
  },
  'wrong-content-type'(random, responseUrl) {
    const { request: r, label } = carrier(random, random.pick(QUESTIONS), responseUrl);
    const swapped = r.contentType === FORM ? JSON_TYPE : FORM;
    const contentType = random.chance(0.3) ? swapped : random.pick([...CONTENT_TYPES, undefined]);
    return {
      body: bytes(r.body),
      ...(contentType === undefined ? {} : { contentType }),
      label: `${label} as ${contentType ?? 'no content type'}`,
    };
  },
  oversized(random, responseUrl) {
    const size = ONE_MB + random.int(1, 256 * 1024);
    const filler = 'case manager salary '.repeat(Math.ceil(size / 20)).slice(0, size);
    if (random.chance(0.5))
      return {
        ...request(slashCommand({ text: filler, response_url: responseUrl })),
        label: `slash command of ${size} bytes`,
      };
    return { ...request(appMention({ text: filler })), label: `app_mention of ${size} bytes` };
  },
  'invalid-payload-json'(random) {
    const payloads = [
      '{',
      '{"type":"block_actions"',
      'null',
      '42',
      '"a string"',
      '[]',
      '[1,2,3]',
      'true',
      '{"type":',
      'undefined',
      '%7B%7D%7D',
      '{"type":"block_actions","actions":null}',
      '{"type":"block_actions","actions":[null]}',
      '{"type":"block_actions","actions":"x"}',
      '{"type":"block_actions","user":null,"actions":[{"action_id":"topic"}]}',
      '{"__proto__":{"polluted":1},"type":"block_actions"}',
      '{"type":"view_submission","view":null}',
      '',
    ];
    const raw = random.pick(payloads);
    return { body: rawForm({ payload: encodeURIComponent(raw) }), contentType: FORM, label: `payload=${raw}` };
  },
  'missing-fields'(random, responseUrl) {
    const variant = random.int(0, 3);
    if (variant === 0) {
      const fields: Record<string, string | undefined> = { text: random.pick(QUESTIONS), response_url: responseUrl };
      const drop = random.pick([
        'text',
        'user_id',
        'response_url',
        'command',
        'channel_id',
        'team_id',
        'trigger_id',
        'all',
      ]);
      const r = slashCommand(fields);
      const params = new URLSearchParams(r.body);
      if (drop === 'all')
        for (const key of [...params.keys()])
          if (key !== 'command') params.delete(key);
          else params.delete(drop);
      return { body: bytes(params.toString()), contentType: FORM, label: `slash command without ${drop}` };
    }
    if (variant === 1) {
      const event: Record<string, unknown> = {
        type: random.pick(['app_mention', 'message', 'app_home_opened']),
        channel_type: 'im',
        text: 'salary',
        user: 'U0ASKER',
        channel: 'D0ASKER',
        ts: messageTs(),
      };
      const drop = random.pick(['text', 'user', 'channel', 'ts', 'channel_type', 'type']);
      delete event[drop];
      return { ...request(eventCallback(event)), label: `${String(event.type)} event without ${drop}` };
    }
    if (variant === 2) {
      const payload = JSON.parse(
        new URLSearchParams(
          blockActions({ action_id: random.pick(KNOWN_ACTIONS), value: 'salary', response_url: responseUrl }).body,
        ).get('payload')!,
      );
      const drop = random.pick(['actions', 'user', 'response_url', 'channel', 'container', 'team', 'message']);
      delete payload[drop];
      return {
        body: rawForm({ payload: encodeURIComponent(JSON.stringify(payload)) }),
        contentType: FORM,
        label: `block_actions without ${drop}`,
      };
    }
    const envelope = JSON.parse(appMention({ text: 'salary' }).body);
    const drop = random.pick(['event', 'team_id', 'api_app_id', 'event_id', 'authorizations']);
    delete envelope[drop];
    return { body: bytes(JSON.stringify(envelope)), contentType: JSON_TYPE, label: `event_callback without ${drop}` };
  },
  'unknown-type'(random, responseUrl) {
    const variant = random.int(0, 4);
    if (variant === 0) {
      const type = random.pick(UNKNOWN_EVENT_TYPES);
      return {
        ...request(eventCallback({ type, user: 'U0ASKER', channel: 'C0GENERAL', event_ts: messageTs() })),
        label: `event ${type || '(empty type)'}`,
      };
    }
    if (variant === 1) {
      const subtype = random.pick(MESSAGE_SUBTYPES);
      return {
        ...request(
          directMessage({ text: 'salary', subtype, ...(subtype === 'bot_message' ? { bot_id: 'B0OTHER' } : {}) }),
        ),
        label: `message subtype ${subtype}`,
      };
    }
    if (variant === 2) {
      const type = random.pick(UNKNOWN_BODY_TYPES);
      const payload = {
        type,
        user: { id: 'U0ASKER' },
        team: { id: 'T0CAREBOT' },
        callback_id: 'x',
        trigger_id: 'T',
        view: { id: 'V1', callback_id: 'x', state: { values: {} } },
        actions: [],
      };
      return {
        body: rawForm({ payload: encodeURIComponent(JSON.stringify(payload)) }),
        contentType: FORM,
        label: `interactivity type ${type}`,
      };
    }
    if (variant === 3) {
      return {
        ...request(blockActions({ action_id: `unknown_${random.int(0, 99)}`, value: 'x', response_url: responseUrl })),
        label: 'unknown action_id',
      };
    }
    const type = random.pick(['x-unknown', 'app_rate_limited', 'event_callback_v2', '']);
    return {
      body: bytes(JSON.stringify({ type, token: 't', team_id: 'T0CAREBOT' })),
      contentType: JSON_TYPE,
      label: `top-level type ${type || '(empty)'}`,
    };
  },
  'wrong-route'(random) {
    const method = random.pick(['GET', 'PUT', 'DELETE', 'POST', 'PATCH']);
    const path =
      method === 'POST'
        ? random.pick(['/', '/slack', '/slack/events/../x', '/api/chat.postMessage', '/%zz'])
        : random.pick([EVENTS_PATH, '/', '/admin']);
    return { body: Buffer.alloc(0), label: `${method} ${path}`, method, path };
  },
};

/** How often each kind appears: most are hostile, some are valid so the app does real work meanwhile. */
const WEIGHTS: Record<FuzzKind, number> = {
  valid: 10,
  unicode: 10,
  injection: 9,
  'long-question': 4,
  'random-bytes': 10,
  truncated: 10,
  'wrong-content-type': 9,
  oversized: 0.5,
  'invalid-payload-json': 9,
  'missing-fields': 13,
  'unknown-type': 12,
  'wrong-route': 1.5,
};
const SIGNING_FAULTS: Signing[] = [
  'none',
  'wrong-secret',
  'stale',
  'future',
  'malformed-signature',
  'non-numeric-timestamp',
  'tampered-body',
];

function pickKind(random: Random): FuzzKind {
  const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
  let roll = random.next() * total;
  for (const [kind, weight] of Object.entries(WEIGHTS) as Array<[FuzzKind, number]>) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'valid';
}

/**
 * `count` cases from `seed`, made one at a time (oversized bodies are not all held at once); about a quarter
 * are unsigned or wrongly signed. The same seed picks the same cases; ids and timestamps inside are fresh.
 */
export function* generateFuzzCases(
  seed: number,
  count: number,
  responseUrl: (id: string) => string,
): Generator<FuzzCase> {
  const random = seededRandom(seed);
  for (let index = 0; index < count; index++) {
    const kind = pickKind(random);
    const generated = GENERATORS[kind](random, responseUrl(`fuzz-${index}`));
    const signing: Signing = random.chance(0.25) ? random.pick(SIGNING_FAULTS) : 'signed';
    yield {
      index,
      kind,
      label: generated.label,
      signing,
      method: generated.method ?? 'POST',
      path: generated.path ?? EVENTS_PATH,
      ...(generated.contentType === undefined ? {} : { contentType: generated.contentType }),
      body: generated.body,
    };
  }
}

/** The signature headers for a case, made at send time so timestamps are fresh (or deliberately not). */
export function signatureHeaders(
  fuzzCase: FuzzCase,
  secret: string,
  now = Math.floor(Date.now() / 1000),
): { headers: Record<string, string>; body: Buffer } {
  const { body } = fuzzCase;
  switch (fuzzCase.signing) {
    case 'signed':
      return { headers: signRequest(secret, body, now), body };
    case 'none':
      return { headers: {}, body };
    case 'wrong-secret':
      return { headers: signRequest(`${secret}-not`, body, now), body };
    case 'stale':
      return { headers: signRequest(secret, body, now - 6 * 60), body };
    case 'future':
      return { headers: signRequest(secret, body, now + 10 * 60), body };
    case 'malformed-signature': {
      const good = signRequest(secret, body, now);
      const forms = [
        'v0=not-hex',
        `v1=${good['x-slack-signature']!.slice(3)}`,
        '',
        'v0=',
        good['x-slack-signature']!.toUpperCase(),
      ];
      return { headers: { ...good, 'x-slack-signature': forms[fuzzCase.index % forms.length]! }, body };
    }
    case 'non-numeric-timestamp':
      return { headers: { ...signRequest(secret, body, now), 'x-slack-request-timestamp': 'yesterday' }, body };
    case 'tampered-body':
      return { headers: signRequest(secret, body, now), body: Buffer.concat([body, Buffer.from('&x=1')]) };
  }
}
