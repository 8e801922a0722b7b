/**
 * What the person sees in the preview's Slack client, built only from what the app sent to the stand-in
 * (Web API calls, response_url posts, slash command acks). Pushes each change to the page as an event.
 */
import { EventEmitter } from 'node:events';
import { messageTs, type RecordedCall } from '../emulator/index.ts';
import { IDS } from './ids.ts';
import { renderBlocks, renderMessage } from './render-blocks.ts';
import { mrkdwnToHtml } from './render-text.ts';
import { isObject, list, str, type Json } from './wire.ts';

export type Conversation = 'channel' | 'dm' | 'experts';

export type StoredMessage = {
  id: string;
  conversation: Conversation;
  ts: string;
  threadTs: string | null;
  from: 'person' | 'colleague' | 'bot' | 'slackbot';
  ephemeral: boolean;
  text: string;
  blocks: unknown[];
};

/** A message as the page gets it: rendered HTML, no raw blocks. */
export type ShownMessage = {
  id: string;
  conversation: Conversation;
  ts: string;
  threadTs: string | null;
  author: { name: string; avatar: string; app: boolean };
  ephemeral: boolean;
  time: string;
  html: string;
  /** A person's message: its "⋯" menu offers the app's message shortcut. */
  shortcut: boolean;
};

/** Example questions the app offered for its DM (Slack's suggested prompts), as plain data: the page shows them as text. */
export type ShownPrompts = { title: string; prompts: Array<{ title: string; message: string }> };

export type PageEvent =
  | {
      type: 'reset';
      messages: ShownMessage[];
      homeHtml: string | null;
      prompts: ShownPrompts | null;
      modal?: ShownModal | null;
      listening?: boolean;
    }
  | { type: 'listening'; on: boolean }
  | { type: 'prompts'; prompts: ShownPrompts }
  | { type: 'message'; message: ShownMessage }
  | { type: 'delete'; id: string }
  | { type: 'home'; html: string }
  | { type: 'notice'; text: string }
  | { type: 'modal'; modal: ShownModal | null }
  | { type: 'modal-errors'; errors: Record<string, string> };

/** A modal the app opened (views.open / views.update): its blocks as HTML, its title and buttons as plain text. */
export type ShownModal = { id: string; title: string; submit: string | null; close: string; html: string };

/** Where a response_url was handed out: replies land there, and `replace_original` replaces `source`. */
export type ResponseContext = { conversation: Conversation; threadTs: string | null; source?: string };

/** A reply the app sent through a response_url or a slash command's ack body. */
export type ResponsePayload = Json & {
  text?: unknown;
  blocks?: unknown;
  response_type?: unknown;
  replace_original?: unknown;
  delete_original?: unknown;
  thread_ts?: unknown;
};

const AUTHORS: Record<StoredMessage['from'], ShownMessage['author']> = {
  person: { name: IDS.personName, avatar: 'person', app: false },
  colleague: { name: IDS.colleagueName, avatar: 'colleague', app: false },
  bot: { name: IDS.botName, avatar: 'bot', app: true },
  slackbot: { name: 'Slackbot', avatar: 'slackbot', app: false },
};

const yes = (v: unknown): boolean => v === true || v === 'true';

const CONVERSATIONS: Record<string, Conversation> = {
  [IDS.channelId]: 'channel',
  [IDS.dmChannelId]: 'dm',
  [IDS.expertsChannelId]: 'experts',
  // Posting to a user id writes to the DM with that user, as Slack does.
  [IDS.userId]: 'dm',
};

const CHANNEL_IDS: Record<Conversation, string> = {
  channel: IDS.channelId,
  dm: IDS.dmChannelId,
  experts: IDS.expertsChannelId,
};
export const channelIdOf = (conversation: Conversation): string => CHANNEL_IDS[conversation];

const plain = (v: unknown): string => (isObject(v) ? str(v.text) : '');

function showModal(view: Json): ShownModal {
  return {
    id: str(view.id),
    title: plain(view.title),
    submit: plain(view.submit) || null,
    close: plain(view.close) || 'Close',
    html: renderBlocks(view.blocks),
  };
}

function timeOf(ts: string): string {
  const date = new Date(Number(ts.split('.')[0]) * 1000);
  return date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
}

export class Workspace extends EventEmitter {
  private messages = new Map<string, StoredMessage>();
  private responseContexts = new Map<string, ResponseContext>();
  private homeView: Json | null = null;
  private modal: ShownModal | null = null;
  private dmPrompts: ShownPrompts | null = null;
  private listeningNow = false;

  /** Whether #hr-careers is one of the app's ANSWER_CHANNELS, as the page's toggle shows it. */
  setListening(on: boolean): void {
    this.listeningNow = on;
    this.emit('event', { type: 'listening', on } satisfies PageEvent);
  }

  /** A colleague's message, there when the page opens: someone asking the channel, not the bot. */
  addColleagueMessage(conversation: Conversation, slackText: string): StoredMessage {
    const ts = messageTs();
    return this.add({
      id: `${conversation}:${ts}`,
      conversation,
      ts,
      threadTs: null,
      from: 'colleague',
      ephemeral: false,
      text: slackText,
      blocks: [],
    });
  }

  /** What the app's Web API calls do to the screen, by method; calls not listed change nothing visible. */
  private readonly effects: Record<string, (args: Json, result: Json) => void> = {
    'chat.postMessage': (args, result) => {
      const conversation = CONVERSATIONS[str(args.channel)];
      if (conversation) this.add(this.message(conversation, 'bot', str(result.ts), args, false));
    },
    'chat.postEphemeral': (args, result) => {
      const conversation = CONVERSATIONS[str(args.channel)];
      if (conversation && str(args.user) === IDS.userId) {
        this.add(this.message(conversation, 'bot', str(result.message_ts), args, true));
      }
    },
    'chat.update': (args) => {
      const found = this.find(CONVERSATIONS[str(args.channel)], str(args.ts));
      if (found) this.add({ ...found, text: str(args.text), blocks: list(args.blocks) });
    },
    'chat.delete': (args) => {
      const found = this.find(CONVERSATIONS[str(args.channel)], str(args.ts));
      if (found) this.remove(found.id);
    },
    'assistant.threads.setSuggestedPrompts': (args) => {
      if (CONVERSATIONS[str(args.channel_id)] !== 'dm') return;
      const prompts = list(args.prompts)
        .filter(isObject)
        .map((p) => ({ title: str(p.title), message: str(p.message) }))
        .filter((p) => p.message !== '');
      this.dmPrompts = { title: str(args.title) || 'Suggested', prompts };
      this.emit('event', { type: 'prompts', prompts: this.dmPrompts } satisfies PageEvent);
    },
    // A modal answers the click that opened it: there is one at a time, as for a person in Slack.
    'views.open': (_args, result) => {
      if (isObject(result.view)) this.setModal(showModal(result.view));
    },
    'views.update': (_args, result) => {
      if (isObject(result.view) && str(result.view.id) === this.modal?.id) this.setModal(showModal(result.view));
    },
    'views.publish': (args) => {
      if (str(args.user_id) !== IDS.userId || !isObject(args.view)) return;
      this.homeView = args.view;
      this.emit('event', { type: 'home', html: renderBlocks(args.view.blocks) } satisfies PageEvent);
    },
  };

  /** The modal on screen (null: none), as the app last drew it or as a submission's acknowledgement left it. */
  setModal(modal: ShownModal | null): void {
    this.modal = modal;
    this.emit('event', { type: 'modal', modal } satisfies PageEvent);
  }

  /** A view as Slack keeps it (the stand-in's answer to views.open / update, or response_action update). */
  showView(view: Json): void {
    this.setModal(showModal(view));
  }

  modalErrors(errors: Record<string, string>): void {
    this.emit('event', { type: 'modal-errors', errors } satisfies PageEvent);
  }

  get home(): Json | null {
    return this.homeView;
  }

  get(id: string): StoredMessage | undefined {
    return this.messages.get(id);
  }

  /** What the person typed, escaped as a Slack client escapes it before sending. */
  addPersonMessage(conversation: Conversation, slackText: string, threadTs: string | null): StoredMessage {
    const ts = messageTs();
    return this.add({
      id: `${conversation}:${ts}`,
      conversation,
      ts,
      threadTs,
      from: 'person',
      ephemeral: false,
      text: slackText,
      blocks: [],
    });
  }

  /** Slack's own word when the app fails it, e.g. "/career failed with the error dispatch_failed". */
  addSlackbotNotice(conversation: Conversation, threadTs: string | null, text: string): StoredMessage {
    const ts = messageTs();
    return this.add({
      id: `${conversation}:${ts}`,
      conversation,
      ts,
      threadTs,
      from: 'slackbot',
      ephemeral: true,
      text,
      blocks: [],
    });
  }

  expectResponses(responseId: string, context: ResponseContext): void {
    this.responseContexts.set(responseId, context);
  }

  /** Applies one call the app made to the stand-in. */
  applyCall(call: RecordedCall): void {
    if (call.fault) return;
    if (call.kind === 'response_url') {
      const context = call.responseId ? this.responseContexts.get(call.responseId) : undefined;
      if (context) this.applyResponse(context, call.args);
      return;
    }
    const result = isObject(call.result) ? call.result : {};
    if (result.ok !== true) return;
    this.effects[call.method]?.(call.args, result);
  }

  /** A reply through a response_url (or an ack body): new message, or replace/delete the one clicked. */
  applyResponse(context: ResponseContext, body: ResponsePayload): void {
    const source = context.source ? this.messages.get(context.source) : undefined;
    if (source && yes(body.delete_original)) {
      this.remove(source.id);
      return;
    }
    if (source && yes(body.replace_original)) {
      this.add({ ...source, text: str(body.text), blocks: list(body.blocks) });
      return;
    }
    if (body.text === undefined && body.blocks === undefined) return;
    const ts = messageTs();
    const threadTs = str(body.thread_ts) || context.threadTs;
    const ephemeral = body.response_type !== 'in_channel';
    this.add(this.message(context.conversation, 'bot', ts, { ...body, thread_ts: threadTs }, ephemeral));
  }

  snapshot(): PageEvent {
    return {
      type: 'reset',
      messages: [...this.messages.values()].map(show),
      homeHtml: this.homeView ? renderBlocks(this.homeView.blocks) : null,
      prompts: this.dmPrompts,
      modal: this.modal,
      listening: this.listeningNow,
    };
  }

  private message(
    conversation: Conversation,
    from: StoredMessage['from'],
    ts: string,
    args: Json,
    ephemeral: boolean,
  ): StoredMessage {
    const threadTs = str(args.thread_ts) || null;
    return {
      id: `${conversation}:${ts}`,
      conversation,
      ts,
      threadTs,
      from,
      ephemeral,
      text: str(args.text),
      blocks: list(args.blocks),
    };
  }

  private find(conversation: Conversation | undefined, ts: string): StoredMessage | undefined {
    return conversation
      ? [...this.messages.values()].find((m) => m.conversation === conversation && m.ts === ts)
      : undefined;
  }

  private add(message: StoredMessage): StoredMessage {
    this.messages.set(message.id, message);
    this.emit('event', { type: 'message', message: show(message) } satisfies PageEvent);
    return message;
  }

  private remove(id: string): void {
    this.messages.delete(id);
    this.emit('event', { type: 'delete', id } satisfies PageEvent);
  }

  onEvent(listener: (event: PageEvent) => void): () => void {
    this.on('event', listener);
    return () => this.off('event', listener);
  }
}

const fromPeople = (message: StoredMessage) => message.from === 'person' || message.from === 'colleague';

function show(message: StoredMessage): ShownMessage {
  return {
    id: message.id,
    conversation: message.conversation,
    ts: message.ts,
    threadTs: message.threadTs,
    author: AUTHORS[message.from],
    ephemeral: message.ephemeral,
    time: timeOf(message.ts),
    html: fromPeople(message) ? `<div class="sk-text">${mrkdwnToHtml(message.text)}</div>` : renderMessage(message),
    shortcut: fromPeople(message),
  };
}
