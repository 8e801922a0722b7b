import type { App, MessageShortcut, RespondFn, webApi } from '@slack/bolt';
import {
  answerCard,
  answeredAtRequest,
  escalationFor,
  privateReply,
  withAskHr,
  type Message,
  type PrivateReason,
} from '../../../blocks/index.ts';
import { converse } from '../../../conversation/context.ts';
import type { Answer } from '../../../search/answer.ts';
import { conversationKey } from '../../conversation.ts';
import { tellOutcome } from '../../outcome.ts';
import { fromSlackText, withoutMention } from '../../parse-request.ts';
import type { ListenerDeps } from '../deps.ts';
import { ANSWER_SHORTCUT } from '../../../records/manifest.ts';

/** Slack's answers to a post where the bot is not a member (a private channel, a DM between people). */
const NOT_THERE = new Set(['not_in_channel', 'channel_not_found']);

const slackError = (error: unknown): string | undefined => (error as { data?: { error?: string } }).data?.error;

/** A conversation between people, by its id (D…) or name (a group DM's mpdm-…): the bot never posts there uninvited. */
const betweenPeople = (channel: MessageShortcut['channel']) =>
  channel.id.startsWith('D') || channel.name === 'directmessage' || channel.name?.startsWith('mpdm-');

type Private = { respond: RespondFn; client: webApi.WebClient; userId: string };

/** Only the person who used the shortcut sees it: next to the message (response_url), or in their DM with the app. */
async function tellPrivately({ respond, client, userId }: Private, card: Message, why: PrivateReason): Promise<void> {
  const reply = privateReply(card, why);
  try {
    await respond({ response_type: 'ephemeral', replace_original: false, ...reply });
  } catch {
    await client.chat.postMessage({ channel: userId, ...reply });
  }
}

/** Why the answer stays private before trying the thread: not an answer, no text, or a conversation between people. */
function privateBefore(answer: Answer, shortcut: MessageShortcut): PrivateReason | null {
  if (answer.kind !== 'answer') return answer.question === '' ? 'no-text' : 'declined';
  return betweenPeople(shortcut.channel) ? 'direct-message' : null;
}

/**
 * "Answer with career-bot" on any message: acknowledged at once (Slack's three seconds), then the message is answered
 * in its thread for everyone, saying who asked. A message that is not about the roles gets its decline privately,
 * never in the channel; where the bot cannot post (not a member, a DM between people) the person who asked gets the
 * answer privately, with why.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: ANSWER_SHORTCUT, type: 'message_action' },
    async ({ shortcut, ack, respond, client, context }) => {
      await ack();
      const answerer = deps.knowledge.current();
      const { channel, message, user } = shortcut;
      const threadTs = message.thread_ts ?? message.ts;
      const text = fromSlackText(withoutMention(message.text ?? '', context.botUserId));
      // Read with the thread's conversation, when the bot answered in it before; remembered there if answered.
      const answer = await converse(answerer, deps.contextStore, conversationKey(channel.id, threadTs), text);
      const card = withAskHr(answerCard(answerer.kb, answer), deps.escalation ? escalationFor(answer) : null);
      tellOutcome(context, { card: 'shortcut', answer, surface: 'shortcut' });
      const privately = { respond, client, userId: user.id };
      const early = privateBefore(answer, shortcut);
      if (early) return tellPrivately(privately, card, early);
      try {
        await client.chat.postMessage({
          channel: channel.id,
          thread_ts: threadTs,
          ...answeredAtRequest(card, user.id),
        });
      } catch (error) {
        if (!NOT_THERE.has(slackError(error) ?? '')) throw error;
        await tellPrivately(privately, card, 'not-in-channel');
      }
    },
  );
}
