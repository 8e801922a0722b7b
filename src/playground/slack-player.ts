import {
  appHomeOpened,
  appMention,
  assistantThreadStarted,
  blockActions,
  directMessage,
  messageTs,
  sendToApp,
  slashCommand,
  type SlackRequest,
  type SlackStandIn,
} from '../emulator/index.ts';
// A Slack client escapes what a person types the same way the cards escape what they echo.
import { COMMAND, escapeText as escapeSlackText } from '../blocks/index.ts';
import { IDS } from './ids.ts';
import { findElement, type ElementRef } from './render-blocks.ts';
import { channelIdOf, type Conversation, type ResponseContext, type Workspace } from './workspace.ts';
import { isObject, str } from './wire.ts';

/**
 * Plays Slack's part: turns what the person does on the page into the signed requests Slack would send the
 * app (slash commands, event callbacks, block_actions), with response_urls served by the stand-in.
 */

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
const CHANNEL_NAMES: Record<Conversation, string> = { channel: IDS.channelName, dm: 'directmessage', experts: IDS.expertsChannelName };
let responseCount = 0;

export function createSlackPlayer(options: PlayerOptions): SlackPlayer {
  const { appUrl, signingSecret, standIn, workspace } = options;
  const commands = options.commands ?? [COMMAND];

  /** Posts to the app; any failure is described as Slack would describe it, never thrown. */
  const send = async (request: SlackRequest): Promise<{ response?: Response; error?: string }> => {
    try {
      const response = await sendToApp(appUrl, signingSecret, request);
      return response.ok ? { response } : { response, error: `career-bot answered HTTP ${response.status}` };
    } catch (error) {
      return { error: `career-bot could not be reached (${error instanceof Error ? error.message : String(error)})` };
    }
  };

  const newResponseUrl = (context: ResponseContext): string => {
    const id = `play${++responseCount}`;
    workspace.expectResponses(id, context);
    return standIn.responseUrl(id);
  };

  const slashCommandFrom = async (conversation: Conversation, text: string, threadTs: string | null): Promise<PlayResult> => {
    const command = text.trim().split(/\s+/, 1)[0] ?? '';
    if (!commands.includes(command.toLowerCase())) {
      workspace.addSlackbotNotice(conversation, threadTs, `\`${escapeSlackText(command)}\` is not a valid command. In Slack, all messages that start with the "/" character are interpreted as commands.`);
      return { ok: true };
    }
    const context: ResponseContext = { conversation, threadTs };
    const { response, error } = await send(
      slashCommand({
        command: command.toLowerCase(),
        // Slack escapes &, < and > in what was typed, in commands as in messages.
        text: escapeSlackText(text.trim().slice(command.length).trim()),
        channel_id: channelIdOf(conversation),
        channel_name: CHANNEL_NAMES[conversation],
        response_url: newResponseUrl(context),
      }),
    );
    if (error || !response) {
      workspace.addSlackbotNotice(conversation, threadTs, `${command} failed with the error "${response ? 'http_service_error' : 'dispatch_failed'}"`);
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
  };

  return {
    async post({ conversation, text, threadTs = null }) {
      if (text.trim() === '') return { ok: true };
      if (text.trimStart().startsWith('/')) return slashCommandFrom(conversation, text, threadTs);

      const slackText = escapeSlackText(text).replace(BOT_MENTION, `<@${IDS.botUserId}>`);
      const message = workspace.addPersonMessage(conversation, slackText, threadTs);
      const fields = {
        text: slackText,
        ts: message.ts,
        channel: channelIdOf(conversation),
        ...(threadTs ? { thread_ts: threadTs } : {}),
      };
      // In a channel the app hears only mentions (app_mention); in its DM, every message (message.im).
      const request =
        conversation === 'dm' ? directMessage(fields) : slackText.includes(`<@${IDS.botUserId}>`) ? appMention(fields) : null;
      if (!request) return { ok: true };
      const { error } = await send(request);
      return error ? { ok: false, error } : { ok: true };
    },

    async click({ messageId, ref }) {
      const home = messageId === 'home' ? workspace.home : null;
      const message = home ? undefined : workspace.get(messageId);
      const blocks = home ? home.blocks : message?.blocks;
      const element = findElement(blocks, ref);
      if (!element || element.type !== 'button') return { ok: false, error: 'That button is no longer there.' };
      const label = isObject(element.text) ? str(element.text.text) : undefined;
      const action = {
        action_id: str(element.action_id),
        block_id: str(element.block_id),
        ...(typeof element.value === 'string' ? { value: element.value } : {}),
        ...(label !== undefined ? { text: label } : {}),
        ...(typeof element.style === 'string' ? { style: element.style } : {}),
      };

      let request: SlackRequest;
      if (home) {
        request = blockActions({ ...action, view: { ...home, type: 'home' }, container: { type: 'view', view_id: str(home.id) || 'V0HOME' } });
      } else if (message) {
        const channelId = channelIdOf(message.conversation);
        request = blockActions({
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
          response_url: newResponseUrl({ conversation: message.conversation, threadTs: message.threadTs, source: message.id }),
        });
      } else {
        return { ok: false, error: 'That message is no longer there.' };
      }
      const { error } = await send(request);
      return error ? { ok: false, error } : { ok: true };
    },

    async submitModal({ viewId, values }) {
      if (!standIn.modals.get(viewId)) return { ok: false, error: 'That form is no longer open.' };
      const state = Object.fromEntries(
        Object.entries(values).map(([block, actions]) => [block, Object.fromEntries(Object.entries(actions).map(([action, value]) => [action, { type: 'plain_text_input', value }]))]),
      );
      try {
        const result = await standIn.modals.submit(viewId, state, { appUrl, signingSecret }, IDS.userId);
        if (result.outcome === 'updated') workspace.showView(result.view);
        else if (result.outcome === 'errors') workspace.modalErrors(result.errors);
        else if (result.outcome === 'closed') workspace.setModal(null);
        return result.outcome === 'failed' ? { ok: false, error: `career-bot answered HTTP ${result.status}` } : { ok: true };
      } catch (error) {
        return { ok: false, error: `career-bot could not be reached (${error instanceof Error ? error.message : String(error)})` };
      }
    },

    closeModal(viewId) {
      standIn.modals.close(viewId);
      workspace.setModal(null);
    },

    async openApp(tab) {
      const { error } = await send(appHomeOpened({ tab, channel: IDS.dmChannelId }));
      if (error || tab !== 'messages') return error ? { ok: false, error } : { ok: true };
      // Opening a chat with an app that has Slack's assistant view starts an assistant thread: the app may
      // offer suggested prompts for it. The preview's DM is one flat conversation, so they show above its composer.
      const started = await send(assistantThreadStarted({ channel: IDS.dmChannelId, thread_ts: messageTs() }));
      return started.error ? { ok: false, error: started.error } : { ok: true };
    },
  };
}
