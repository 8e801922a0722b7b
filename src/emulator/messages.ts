import { messageTs } from './requests.ts';

type Args = Record<string, unknown>;

/**
 * Messages as Slack keeps them, for the stand-in: chat.postMessage stores what it posted, chat.update changes only
 * a message that exists in that channel (else `message_not_found`, as Slack answers), and scheduled messages are
 * accepted and deleted, never posted.
 */
export class PostedMessages {
  private readonly messages = new Map<string, Args>();
  private readonly scheduled = new Set<string>();

  /** `outside`: conversations the bot is not a member of, where Slack refuses its posts. */
  constructor(
    private readonly bot: { userId: string; botId: string },
    private readonly outside: ReadonlySet<string> = new Set(),
  ) {}

  readonly handlers = {
    'chat.postMessage': (args: Args) => {
      const channel = String(args.channel);
      // A public channel says the bot is not in it; a private one or a DM between people does not exist for the bot.
      if (this.outside.has(channel))
        return { ok: false, error: channel.startsWith('C') ? 'not_in_channel' : 'channel_not_found' };
      const message = {
        type: 'message',
        user: this.bot.userId,
        bot_id: this.bot.botId,
        text: args.text,
        blocks: args.blocks,
        thread_ts: args.thread_ts,
        ts: messageTs(),
      };
      this.messages.set(`${String(args.channel)} ${message.ts}`, message);
      return { ok: true, channel: args.channel, ts: message.ts, message };
    },
    'chat.update': (args: Args) => {
      const key = `${String(args.channel)} ${String(args.ts)}`;
      const message = this.messages.get(key);
      if (!message) return { ok: false, error: 'message_not_found' };
      const changed = {
        ...message,
        text: args.text,
        blocks: args.blocks,
        edited: { user: this.bot.userId, ts: messageTs() },
      };
      this.messages.set(key, changed);
      return { ok: true, channel: args.channel, ts: args.ts, text: args.text, message: changed };
    },
    'chat.scheduleMessage': (args: Args) => {
      const id = `Q${messageTs().replace('.', '')}`;
      this.scheduled.add(id);
      return { ok: true, channel: args.channel, scheduled_message_id: id, post_at: args.post_at };
    },
    'chat.deleteScheduledMessage': (args: Args) =>
      this.scheduled.delete(String(args.scheduled_message_id))
        ? { ok: true }
        : { ok: false, error: 'invalid_scheduled_message_id' },
  };
}
