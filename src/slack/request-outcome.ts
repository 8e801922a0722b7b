import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { decodeCardRequest } from '../blocks/index.ts';
import type { TopicId } from '../knowledge/schema.ts';
import type { Answer, Answerer } from '../search/answer.ts';

/**
 * Every request ends in one known way, and says so once in the log:
 * - `answered`, one line per answer, with its topic, roles, confidence and latency (what people ask and how
 *   well the bot copes), and the question cut to LOGGED_QUESTION_CHARS; a card for a topic chosen by name
 *   (`/career compare pay`, a topic button), which needs no matching, is logged with that topic;
 * - `dropped`, at error level, when an answer could not be delivered (Slack still failing after the client's
 *   retries, or a bug), with the reason; the error goes no further, so it is not logged twice;
 * - a command or click that no listener acknowledged (a button from an older version) is acknowledged here,
 *   instead of Slack showing the user a timeout; a command whose listener failed first gets a polite reply.
 * The answers are noticed by wrapping the answerer, and buttons by their value: listeners stay unaware of logging.
 */
const LOGGED_QUESTION_CHARS = 200;
const SORRY = {
  response_type: 'ephemeral',
  text: 'Sorry, something went wrong while answering. Please try again in a moment.',
} as const;

type Body = {
  command?: string;
  channel_id?: string;
  type?: string;
  event?: { type?: string; channel?: unknown };
  actions?: Array<{ action_id?: string; value?: string }>;
  channel?: { id?: string } | null;
};

/** Where a request came from, as an operator reads it: slash, app_mention, dm, app_home_opened, button:open… */
function surfaceOf(body: Body): string {
  if (body.command) return 'slash';
  if (body.event) return body.event.type === 'message' ? 'dm' : String(body.event.type);
  if (body.type === 'block_actions') return `button:${body.actions?.[0]?.action_id?.split(':')[0] ?? '?'}`;
  return String(body.type ?? 'unknown');
}

function channelOf(body: Body): string | undefined {
  const channel = body.channel_id ?? body.channel?.id ?? body.event?.channel;
  return typeof channel === 'string' ? channel : undefined;
}

const ms = (since: number) => Math.round((performance.now() - since) * 10) / 10;

type Noted = { answer: Answer; card: string };
/** What a request was about when no answer had to be worked out for it: a topic named in text or on a button. */
type Named = { card: string; topic: TopicId | null };

function namedByButton(body: Body): Named | null {
  const request = body.type === 'block_actions' ? decodeCardRequest(body.actions?.[0]?.value) : null;
  return request && 't' in request && request.t ? { card: request.k, topic: request.t } : null;
}

export function observeRequests(answerer: Answerer): { answerer: Answerer; middleware: Middleware<AnyMiddlewareArgs> } {
  const current = new AsyncLocalStorage<{ answers: Noted[]; named: Named[] }>();
  const noted = (answer: Answer, card: string) => {
    current.getStore()?.answers.push({ answer, card });
    return answer;
  };
  const observed: Answerer = {
    ...answerer,
    ask: (question) => noted(answerer.ask(question), 'ask'),
    topic: (topic, roles) => noted(answerer.topic(topic, roles), 'topic'),
    // Only `compare <topic>` reads a topic name from text.
    findTopic: (text) => {
      const topic = answerer.findTopic(text);
      current.getStore()?.named.push({ card: 'compare', topic });
      return topic;
    },
  };

  const middleware: Middleware<AnyMiddlewareArgs> = async (args) => {
    const started = performance.now();
    const body = args.body as Body;
    const surface = surfaceOf(body);
    const answers: Noted[] = [];
    const named: Named[] = [];
    const ack = 'ack' in args && typeof args.ack === 'function' ? (args.ack as (reply?: unknown) => Promise<void>) : undefined;
    // Acknowledging twice throws: that is how "nobody acknowledged yet" is found out.
    const ackIfNobodyDid = (reply?: unknown) => ack?.(reply).catch(() => {});
    try {
      await current.run({ answers, named }, args.next);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      args.logger.error(`dropped: the reply to a ${surface} could not be delivered: ${reason}`, {
        event: 'dropped',
        surface,
        reason,
        ...(channelOf(body) ? { channel: channelOf(body) } : {}),
        ...(answers[0] ? { topic: answers[0].answer.topic } : {}),
        latency_ms: ms(started),
      });
      await ackIfNobodyDid(body.command ? SORRY : undefined);
      return;
    }
    await ackIfNobodyDid();
    const latency_ms = ms(started);
    for (const { answer, card } of answers) {
      args.logger.info(`answered ${surface}: ${answer.kind} ${answer.topic ?? '-'} (${answer.confidence.toFixed(2)})`, {
        event: 'answered',
        surface,
        card,
        kind: answer.kind,
        topic: answer.topic,
        roles: answer.roles,
        confidence: Math.round(answer.confidence * 1000) / 1000,
        truncated: answer.truncated,
        question: answer.question.slice(0, LOGGED_QUESTION_CHARS),
        latency_ms,
      });
    }
    const byName = answers.length === 0 ? (named[0] ?? namedByButton(body)) : undefined;
    if (byName) {
      const fields = { event: 'answered', surface, card: byName.card, topic: byName.topic, latency_ms };
      args.logger.info(`answered ${surface}: ${byName.card} ${byName.topic ?? '(topic not known)'}`, fields);
    } else if (answers.length === 0) args.logger.debug(`handled ${surface}`, { event: 'handled', surface, latency_ms });
  };

  return { answerer: observed, middleware };
}
