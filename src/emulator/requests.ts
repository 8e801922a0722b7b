/**
 * Builders for what Slack sends an app: slash commands and interactivity payloads are form-encoded,
 * event callbacks are JSON. Defaults describe one workspace, one user and one channel, so a test only
 * states what matters to it.
 */

export type SlackRequest = { body: string; contentType: string };

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

export const DEFAULT_IDS = {
  teamId: 'T0CAREBOT',
  teamDomain: 'careers-hospital',
  apiAppId: 'A0CAREBOT',
  userId: 'U0ASKER',
  userName: 'asker',
  channelId: 'C0GENERAL',
  channelName: 'general',
  dmChannelId: 'D0ASKER',
  botUserId: 'U0CAREBOT',
  botId: 'B0CAREBOT',
} as const;

let counter = 0;
const nextId = (prefix: string): string =>
  `${prefix}${Date.now().toString(36)}${(++counter).toString(36)}`.toUpperCase();

/** A message timestamp as Slack writes them: seconds, a dot, six digits, unique within this process. */
export function messageTs(): string {
  const micros = BigInt(Date.now()) * 1000n + BigInt(++counter % 1000);
  return `${micros / 1_000_000n}.${(micros % 1_000_000n).toString().padStart(6, '0')}`;
}

/**
 * A trigger id as Slack writes them ("<issued ms>.<n>.<hex>"): the stand-in reads the time back to refuse a
 * views.open more than TRIGGER_TTL_MS after the click, as Slack does.
 */
export function triggerId(issuedAt: number = Date.now()): string {
  return `${issuedAt}.${++counter}.${Math.random().toString(16).slice(2, 10)}`;
}

const form = (fields: Record<string, string | undefined>): SlackRequest => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) params.set(key, value);
  return { body: params.toString(), contentType: FORM };
};

const json = (payload: unknown): SlackRequest => ({ body: JSON.stringify(payload), contentType: JSON_TYPE });

export type SlashCommandFields = {
  command?: string;
  text?: string;
  user_id?: string;
  user_name?: string;
  channel_id?: string;
  channel_name?: string;
  team_id?: string;
  team_domain?: string;
  api_app_id?: string;
  trigger_id?: string;
  /** Where the app may post replies; point it at the stand-in's `responseUrl(id)`. */
  response_url?: string;
  [extra: string]: string | undefined;
};

export function slashCommand(fields: SlashCommandFields = {}): SlackRequest {
  return form({
    token: 'deprecated-verification-token',
    command: '/career',
    text: '',
    user_id: DEFAULT_IDS.userId,
    user_name: DEFAULT_IDS.userName,
    channel_id: DEFAULT_IDS.channelId,
    channel_name: DEFAULT_IDS.channelName,
    team_id: DEFAULT_IDS.teamId,
    team_domain: DEFAULT_IDS.teamDomain,
    api_app_id: DEFAULT_IDS.apiAppId,
    is_enterprise_install: 'false',
    trigger_id: triggerId(),
    response_url: 'http://127.0.0.1:9/unset-response-url',
    ...fields,
  });
}

export type EnvelopeOptions = { team_id?: string; api_app_id?: string; event_id?: string; event_time?: number };

/** Wraps an event in the `event_callback` envelope Slack posts to the Events API request URL. */
export function eventCallback(event: Record<string, unknown>, options: EnvelopeOptions = {}): SlackRequest {
  const teamId = options.team_id ?? DEFAULT_IDS.teamId;
  return json({
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: options.api_app_id ?? DEFAULT_IDS.apiAppId,
    event,
    type: 'event_callback',
    event_id: options.event_id ?? nextId('Ev'),
    event_time: options.event_time ?? Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: DEFAULT_IDS.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: nextId('EC'),
  });
}

export type MessageFields = {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  thread_ts?: string;
  [extra: string]: unknown;
};

export function appMention(fields: MessageFields, options?: EnvelopeOptions): SlackRequest {
  const ts = fields.ts ?? messageTs();
  return eventCallback(
    {
      type: 'app_mention',
      user: DEFAULT_IDS.userId,
      channel: DEFAULT_IDS.channelId,
      team: DEFAULT_IDS.teamId,
      event_ts: ts,
      ...fields,
      ts,
    },
    options,
  );
}

/** A direct message to the bot (`message.im`); add `subtype`, `bot_id` or `edited` to describe the ones it ignores. */
export function directMessage(fields: MessageFields, options?: EnvelopeOptions): SlackRequest {
  const ts = fields.ts ?? messageTs();
  return eventCallback(
    {
      type: 'message',
      channel_type: 'im',
      user: DEFAULT_IDS.userId,
      channel: DEFAULT_IDS.dmChannelId,
      team: DEFAULT_IDS.teamId,
      event_ts: ts,
      ...fields,
      ts,
    },
    options,
  );
}

/**
 * A message in a channel (`message.channels`; `channel_type: 'group'` for a private one, `message.groups`), from a
 * person by default; add `subtype`, `bot_id`, `thread_ts` or `edited` to describe the others.
 */
export function channelMessage(fields: MessageFields, options?: EnvelopeOptions): SlackRequest {
  const ts = fields.ts ?? messageTs();
  return eventCallback(
    {
      type: 'message',
      channel_type: 'channel',
      user: DEFAULT_IDS.userId,
      channel: DEFAULT_IDS.channelId,
      team: DEFAULT_IDS.teamId,
      event_ts: ts,
      ...fields,
      ts,
    },
    options,
  );
}

export type MessageShortcutFields = {
  callback_id: string;
  /** The message the shortcut was used on. */
  message: { text?: string; ts?: string; user?: string; thread_ts?: string; bot_id?: string };
  channel_id?: string;
  channel_name?: string;
  user_id?: string;
  response_url?: string;
};

/** A message shortcut ("⋯" on a message → the app's action), posted form-encoded as `payload=<json>`. */
export function messageShortcut(fields: MessageShortcutFields): SlackRequest {
  const ts = fields.message.ts ?? messageTs();
  return form({
    payload: JSON.stringify({
      type: 'message_action',
      callback_id: fields.callback_id,
      trigger_id: triggerId(),
      message_ts: ts,
      response_url: fields.response_url ?? 'http://127.0.0.1:9/unset-response-url',
      message: { type: 'message', user: DEFAULT_IDS.userId, text: '', ...fields.message, ts },
      user: {
        id: fields.user_id ?? DEFAULT_IDS.userId,
        name: DEFAULT_IDS.userName,
        team_id: DEFAULT_IDS.teamId,
        username: DEFAULT_IDS.userName,
      },
      channel: { id: fields.channel_id ?? DEFAULT_IDS.channelId, name: fields.channel_name ?? DEFAULT_IDS.channelName },
      team: { id: DEFAULT_IDS.teamId, domain: DEFAULT_IDS.teamDomain },
      token: 'deprecated-verification-token',
      action_ts: messageTs(),
      is_enterprise_install: false,
    }),
  });
}

export function appHomeOpened(
  fields: { user?: string; tab?: 'home' | 'messages'; channel?: string } = {},
  options?: EnvelopeOptions,
): SlackRequest {
  return eventCallback(
    {
      type: 'app_home_opened',
      user: fields.user ?? DEFAULT_IDS.userId,
      channel: fields.channel ?? DEFAULT_IDS.dmChannelId,
      tab: fields.tab ?? 'home',
      event_ts: messageTs(),
    },
    options,
  );
}

/**
 * The person opened the app's assistant view (a new assistant thread in their DM with the app): Slack tells
 * the app which DM and thread, and the channel they were looking at.
 */
export function assistantThreadStarted(
  fields: { user?: string; channel?: string; thread_ts?: string; context_channel?: string } = {},
  options?: EnvelopeOptions,
): SlackRequest {
  return eventCallback(
    {
      type: 'assistant_thread_started',
      assistant_thread: {
        user_id: fields.user ?? DEFAULT_IDS.userId,
        context: {
          channel_id: fields.context_channel ?? DEFAULT_IDS.channelId,
          team_id: DEFAULT_IDS.teamId,
          enterprise_id: null,
        },
        channel_id: fields.channel ?? DEFAULT_IDS.dmChannelId,
        thread_ts: fields.thread_ts ?? messageTs(),
      },
      event_ts: messageTs(),
    },
    options,
  );
}

export function urlVerification(challenge = `challenge-${nextId('C')}`): SlackRequest {
  return json({ token: 'deprecated-verification-token', challenge, type: 'url_verification' });
}

export type BlockActionFields = {
  action_id: string;
  value?: string;
  block_id?: string;
  user_id?: string;
  channel_id?: string;
  channel_name?: string;
  /** The button as drawn: its label (defaults to the action id) and style, as Slack echoes them. */
  text?: string;
  style?: string;
  /** Where the button was: an ephemeral message (slash command reply), a regular message, or the Home view. */
  container?: Record<string, unknown>;
  message?: Record<string, unknown>;
  view?: Record<string, unknown>;
  response_url?: string;
  trigger_id?: string;
};

/** A click on a button, posted form-encoded as `payload=<json>` like every interactivity request. */
export function blockActions(fields: BlockActionFields): SlackRequest {
  const channelId = fields.channel_id ?? DEFAULT_IDS.channelId;
  const ts = messageTs();
  const inView = fields.view !== undefined;
  const payload: Record<string, unknown> = {
    type: 'block_actions',
    user: {
      id: fields.user_id ?? DEFAULT_IDS.userId,
      username: DEFAULT_IDS.userName,
      name: DEFAULT_IDS.userName,
      team_id: DEFAULT_IDS.teamId,
    },
    api_app_id: DEFAULT_IDS.apiAppId,
    token: 'deprecated-verification-token',
    container:
      fields.container ??
      (inView
        ? { type: 'view', view_id: (fields.view as { id?: string }).id ?? 'V0HOME' }
        : { type: 'message', message_ts: ts, channel_id: channelId, is_ephemeral: true }),
    trigger_id: fields.trigger_id ?? triggerId(),
    team: { id: DEFAULT_IDS.teamId, domain: DEFAULT_IDS.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    state: { values: {} },
    actions: [
      {
        type: 'button',
        action_id: fields.action_id,
        block_id: fields.block_id ?? 'actions',
        text: { type: 'plain_text', text: fields.text ?? fields.action_id, emoji: true },
        ...(fields.value !== undefined ? { value: fields.value } : {}),
        ...(fields.style !== undefined ? { style: fields.style } : {}),
        action_ts: messageTs(),
      },
    ],
  };
  if (inView) {
    payload.view = fields.view;
  } else {
    payload.channel = { id: channelId, name: fields.channel_name ?? DEFAULT_IDS.channelName };
    payload.message = fields.message ?? { type: 'message', ts, text: '', user: DEFAULT_IDS.botUserId };
    payload.response_url = fields.response_url ?? 'http://127.0.0.1:9/unset-response-url';
  }
  return form({ payload: JSON.stringify(payload) });
}

/** What an input block holds when a modal is submitted: state.values[block_id][action_id]. */
export type ViewStateValues = Record<string, Record<string, { type: string; value?: string | null }>>;

export type ViewSubmissionFields = {
  /** The view as Slack holds it (views.open's answer): id, callback_id, private_metadata, blocks… */
  view: Record<string, unknown>;
  values: ViewStateValues;
  user_id?: string;
};

/** A modal's submit button, posted form-encoded as `payload=<json>` like every interactivity request. */
export function viewSubmission(fields: ViewSubmissionFields): SlackRequest {
  const payload = {
    type: 'view_submission',
    team: { id: DEFAULT_IDS.teamId, domain: DEFAULT_IDS.teamDomain },
    user: {
      id: fields.user_id ?? DEFAULT_IDS.userId,
      username: DEFAULT_IDS.userName,
      name: DEFAULT_IDS.userName,
      team_id: DEFAULT_IDS.teamId,
    },
    api_app_id: DEFAULT_IDS.apiAppId,
    token: 'deprecated-verification-token',
    trigger_id: triggerId(),
    view: { ...fields.view, state: { values: fields.values } },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return form({ payload: JSON.stringify(payload) });
}
