/**
 * Plays Slack's part: turns what the person does on the page into the signed requests Slack would send the
 * app (slash commands, event callbacks, block_actions), with response_urls served by the stand-in.
 */
import {
  appHomeOpened,
  appMention,
  assistantThreadStarted,
  blockActions,
  channelMessage,
  directMessage,
  messageShortcut,
  messageTs,
  sendToApp,
  slashCommand,
  type SlackRequest,
  type SlackStandIn,
} from '../emulator/index.ts';
// A Slack client escapes what a person types the same way the cards escape what they echo.
import { escapeText as escapeSlackText } from '../blocks/index.ts';
import { ANSWER_SHORTCUT, COMMAND } from '../records/manifest.ts';
import { IDS } from './ids.ts';
import { findElement, type ElementRef } from './render-blocks.ts';
import {
  channelIdOf,
  type Conversation,
  type ResponseContext,
  type StoredMessage,
  type Workspace,
} from './workspace.ts';
import { isObject, str, type Json } from './wire.ts';

export type PlayResult = { ok: true } | { ok: false; error: string };

export type SlackPlayer = {
  post(input: { conversation: Conversation; text: string; threadTs?: string | null }): Promise<PlayResult>;
  click(input: { messageId: string; ref: ElementRef }): Promise<PlayResult>;
  /** The person pressed a modal's submit button, with what they typed in its inputs ({block: {action: text}}). */
  submitModal(input: { viewId: string; values: Record<string, Record<string, string>> }): Promise<PlayResult>;
  /** The person closed a modal. */
  closeModal(viewId: string): void;
  /** The person opened the app's Home or Messages tab. */
  openApp(tab: 'home' | 'messages'): Promise<PlayResult>;
  /** The person picked "Answer with career-bot" in a message's "⋯" menu. */
  shortcut(messageId: string): Promise<PlayResult>;
};

export type PlayerOptions = {
  /** The app's request URL, e.g. http://127.0.0.1:40123/slack/events */
  appUrl: string;
  signingSecret: string;
  standIn: SlackStandIn;
  workspace: Workspace;
  /** The slash commands the app declares (its manifest); others get Slack's "not a valid command". */
  commands?: readonly string[];
};

const BOT_MENTION = new RegExp(`@${IDS.botName}\\b`, 'g');
const CHANNEL_NAMES: Record<Conversation, string> = {
  channel: IDS.channelName,
  dm: 'directmessage',
  experts: IDS.expertsChannelName,
};
let responseCount = 0;

type Sent = { response?: Response; error?: string };

/** What the player's parts share: the app's address, the page's workspace and the stand-in. */
type Player = {
  options: PlayerOptions;
  commands: readonly string[];
  /** Posts to the app; any failure is described as Slack would describe it, never thrown. */
  send: (request: SlackRequest) => Promise<Sent>;
  newResponseUrl: (context: ResponseContext) => string;
};

const unreachable = (error: unknown) =>
  `career-bot could not be reached (${error instanceof Error ? error.message : String(error)})`;
const outcome = (error: string | undefined): PlayResult => (error ? { ok: false, error } : { ok: true });

export function createSlackPlayer(options: PlayerOptions): SlackPlayer {
  const { appUrl, signingSecret, standIn, workspace } = options;
  const player: Player = {
    options,
    commands: options.commands ?? [COMMAND],
    send: async (request) => {
      try {
        const response = await sendToApp(appUrl, signingSecret, request);
        return response.ok ? { response } : { response, error: `career-bot answered HTTP ${response.status}` };
      } catch (error) {
        return { error: unreachable(error) };
      }
    },
    newResponseUrl: (context) => {
      const id = `play${++responseCount}`;
      workspace.expectResponses(id, context);
      return standIn.responseUrl(id);
    },
  };
  return {
    post: (input) => postMessage(player, input),
    click: (input) => click(player, input),
    submitModal: (input) => submitModal(player, input),
    closeModal(viewId) {
      standIn.modals.close(viewId);
      workspace.setModal(null);
    },
    openApp: (tab) => openApp(player, tab),
    shortcut: (messageId) => shortcut(player, messageId),
  };
}

/** A message shortcut on a person's message, with the message as Slack sends it; private replies come back next to it. */
async function shortcut(player: Player, messageId: string): Promise<PlayResult> {
  const message = player.options.workspace.get(messageId);
  if (!message || (message.from !== 'person' && message.from !== 'colleague'))
    return { ok: false, error: 'That message is no longer there.' };
  const { error } = await player.send(
    messageShortcut({
      callback_id: ANSWER_SHORTCUT,
      message: {
        text: message.text,
        ts: message.ts,
        user: message.from === 'colleague' ? IDS.colleagueId : IDS.userId,
        ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
      },
      channel_id: channelIdOf(message.conversation),
      channel_name: CHANNEL_NAMES[message.conversation],
      response_url: player.newResponseUrl({ conversation: message.conversation, threadTs: message.threadTs }),
    }),
  );
  return outcome(error);
}

async function postMessage(
  player: Player,
  { conversation, text, threadTs = null }: { conversation: Conversation; text: string; threadTs?: string | null },
): Promise<PlayResult> {
  if (text.trim() === '') return { ok: true };
  if (text.trimStart().startsWith('/')) return slashCommandFrom(player, conversation, text, threadTs);

  const slackText = escapeSlackText(text).replace(BOT_MENTION, `<@${IDS.botUserId}>`);
  const message = player.options.workspace.addPersonMessage(conversation, slackText, threadTs);
  const fields = {
    text: slackText,
    ts: message.ts,
    channel: channelIdOf(conversation),
    ...(threadTs ? { thread_ts: threadTs } : {}),
  };
  // In its DM the app hears every message (message.im); in a channel, a mention (app_mention) and, since the manifest
  // subscribes to message.channels, every other message of #hr-careers, which it reads only while it listens there.
  const mentioned = slackText.includes(`<@${IDS.botUserId}>`);
  const request =
    conversation === 'dm'
      ? directMessage(fields)
      : mentioned
        ? appMention(fields)
        : conversation === 'channel'
          ? channelMessage(fields)
          : null;
  if (!request) return { ok: true };
  const { error } = await player.send(request);
  return outcome(error);
}

async function slashCommandFrom(
  player: Player,
  conversation: Conversation,
  text: string,
  threadTs: string | null,
): Promise<PlayResult> {
  const { workspace } = player.options;
  const command = text.trim().split(/\s+/, 1)[0] ?? '';
  if (!player.commands.includes(command.toLowerCase())) {
    workspace.addSlackbotNotice(
      conversation,
      threadTs,
      `\`${escapeSlackText(command)}\` is not a valid command. In Slack, all messages that start with the "/" character are interpreted as commands.`,
    );
    return { ok: true };
  }
  const context: ResponseContext = { conversation, threadTs };
  const { response, error } = await player.send(
    slashCommand({
      command: command.toLowerCase(),
      // Slack escapes &, < and > in what was typed, in commands as in messages.
      text: escapeSlackText(text.trim().slice(command.length).trim()),
      channel_id: channelIdOf(conversation),
      channel_name: CHANNEL_NAMES[conversation],
      response_url: player.newResponseUrl(context),
    }),
  );
  if (error || !response) {
    workspace.addSlackbotNotice(
      conversation,
      threadTs,
      `${command} failed with the error "${response ? 'http_service_error' : 'dispatch_failed'}"`,
    );
    return { ok: false, error: error ?? 'no response' };
  }
  // Slack shows a slash command's ack body as the reply, ephemeral unless it says otherwise.
  const body = await response.text();
  if (body.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = { text: body };
    }
    if (isObject(parsed)) workspace.applyResponse(context, parsed);
  }
  return { ok: true };
}

type ButtonAction = { action_id: string; block_id: string; value?: string; text?: string; style?: string };

/** The button as Slack echoes it in block_actions: its ids, value, label and style. */
function buttonAction(element: Json): ButtonAction {
  const label = isObject(element.text) ? str(element.text.text) : undefined;
  return {
    action_id: str(element.action_id),
    block_id: str(element.block_id),
    ...(typeof element.value === 'string' ? { value: element.value } : {}),
    ...(label !== undefined ? { text: label } : {}),
    ...(typeof element.style === 'string' ? { style: element.style } : {}),
  };
}

async function click(player: Player, { messageId, ref }: { messageId: string; ref: ElementRef }): Promise<PlayResult> {
  const { workspace } = player.options;
  const home = messageId === 'home' ? workspace.home : null;
  const message = home ? undefined : workspace.get(messageId);
  const element = findElement(home ? home.blocks : message?.blocks, ref);
  if (element?.type !== 'button') return { ok: false, error: 'That button is no longer there.' };
  const action = buttonAction(element);

  let request: SlackRequest;
  if (home) {
    request = blockActions({
      ...action,
      view: { ...home, type: 'home' },
      container: { type: 'view', view_id: str(home.id) || 'V0HOME' },
    });
  } else if (message) {
    const responseUrl = player.newResponseUrl({
      conversation: message.conversation,
      threadTs: message.threadTs,
      source: message.id,
    });
    request = messageClick(message, action, responseUrl);
  } else {
    return { ok: false, error: 'That message is no longer there.' };
  }
  const { error } = await player.send(request);
  return outcome(error);
}

/** block_actions for a button in a message, with the message as Slack includes it. */
function messageClick(message: StoredMessage, action: ButtonAction, responseUrl: string): SlackRequest {
  const channelId = channelIdOf(message.conversation);
  return blockActions({
    ...action,
    channel_id: channelId,
    channel_name: CHANNEL_NAMES[message.conversation],
    container: {
      type: 'message',
      message_ts: message.ts,
      channel_id: channelId,
      is_ephemeral: message.ephemeral,
      ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
    },
    // Slack includes the message itself only when it is a real one, not an ephemeral.
    ...(message.ephemeral
      ? {}
      : {
          message: {
            type: 'message',
            user: IDS.botUserId,
            bot_id: IDS.botId,
            ts: message.ts,
            text: message.text,
            blocks: message.blocks,
            ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
          },
        }),
    response_url: responseUrl,
  });
}

async function submitModal(
  player: Player,
  { viewId, values }: { viewId: string; values: Record<string, Record<string, string>> },
): Promise<PlayResult> {
  const { standIn, workspace, appUrl, signingSecret } = player.options;
  if (!standIn.modals.get(viewId)) return { ok: false, error: 'That form is no longer open.' };
  const state = Object.fromEntries(
    Object.entries(values).map(([block, actions]) => [
      block,
      Object.fromEntries(
        Object.entries(actions).map(([action, value]) => [action, { type: 'plain_text_input', value }]),
      ),
    ]),
  );
  try {
    const result = await standIn.modals.submit(viewId, state, { appUrl, signingSecret }, IDS.userId);
    if (result.outcome === 'updated') workspace.showView(result.view);
    else if (result.outcome === 'errors') workspace.modalErrors(result.errors);
    else if (result.outcome === 'closed') workspace.setModal(null);
    return result.outcome === 'failed'
      ? { ok: false, error: `career-bot answered HTTP ${result.status}` }
      : { ok: true };
  } catch (error) {
    return { ok: false, error: unreachable(error) };
  }
}

async function openApp(player: Player, tab: 'home' | 'messages'): Promise<PlayResult> {
  const { error } = await player.send(appHomeOpened({ tab, channel: IDS.dmChannelId }));
  if (error || tab !== 'messages') return outcome(error);
  // Opening a chat with an app that has Slack's assistant view starts an assistant thread: the app may
  // offer suggested prompts for it. The preview's DM is one flat conversation, so they show above its composer.
  const started = await player.send(assistantThreadStarted({ channel: IDS.dmChannelId, thread_ts: messageTs() }));
  return outcome(started.error);
}
