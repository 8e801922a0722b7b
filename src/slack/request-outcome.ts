import { performance } from 'node:perf_hooks';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { decodeCardRequest, decodeFeedback, type CardRequest } from '../blocks/index.ts';
import type { Answerer } from '../search/answer.ts';
import { fromAPerson } from './from-a-person.ts';
import { parseRequest, withoutMention } from './parse-request.ts';

/**
 * Every request ends in one known way, and says so once in the log:
 * - `answered`: the card it got, with, for a question, the answer's kind, topic, roles, confidence and the
 *   question cut to LOGGED_QUESTION_CHARS, and for every card the latency (what people ask and how well the bot
 *   copes). What was asked is read from the request as the listeners read it, and a question is answered again
 *   for the log: answers are deterministic, and this costs a few tens of microseconds after the reply has gone,
 *   where following each request's answers through async context (AsyncLocalStorage) slowed every request;
 * - `dropped`, at error level, when a reply could not be delivered (Slack still failing after the client's
 *   retries, or a bug), with the reason; the error goes no further, so it is not logged twice;
 * - a command or click that no listener acknowledged (a button from an older version) is acknowledged here,
 *   instead of Slack showing the user a timeout; a command whose listener failed first gets a polite reply.
 * Registered after the retry filter, so a dropped retry is not logged as answered.
 */
const LOGGED_QUESTION_CHARS = 200;
const SORRY = {
  response_type: 'ephemeral',
  text: 'Sorry, something went wrong while answering. Please try again in a moment.',
} as const;

type Event = { type?: string; tab?: string; text?: string; subtype?: string; bot_id?: string; user?: unknown; channel?: unknown; channel_type?: string };
type Body = {
  command?: string;
  text?: string;
  channel_id?: string;
  type?: string;
  event?: Event;
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

type Asked = CardRequest | { k: 'home' } | { k: 'feedback' };

/** The card a request asked for, read as the listeners read it; null for what they leave alone. */
function askedFor(body: Body, botUserId: string | undefined, answerer: Answerer): Asked | null {
  if (body.command) return parseRequest(body.text ?? '', answerer);
  const event = body.event;
  if (event?.type === 'app_home_opened') return event.tab === 'home' ? { k: 'home' } : null;
  if (event && !fromAPerson(event, botUserId)) return null;
  if (event?.type === 'app_mention') return parseRequest(withoutMention(event.text ?? '', botUserId), answerer);
  if (event?.type === 'message') return event.channel_type === 'im' ? parseRequest(event.text ?? '', answerer) : null;
  const value = body.type === 'block_actions' ? body.actions?.[0]?.value : undefined;
  return decodeCardRequest(value) ?? (decodeFeedback(value) ? { k: 'feedback' } : null);
}

/** The log fields for what was asked: a question's answer in full, a topic or comparison by its topic. */
function describe(asked: Asked, answerer: Answerer): Record<string, unknown> {
  switch (asked.k) {
    case 'ask': {
      const answer = answerer.ask(asked.q);
      return {
        card: 'ask',
        kind: answer.kind,
        topic: answer.topic,
        roles: answer.roles,
        confidence: Math.round(answer.confidence * 1000) / 1000,
        truncated: answer.truncated,
        question: answer.question.slice(0, LOGGED_QUESTION_CHARS),
      };
    }
    case 'topic':
      return { card: 'topic', topic: asked.t, roles: asked.r };
    case 'compare':
      return { card: 'compare', topic: asked.t ?? null };
    default:
      return { card: asked.k };
  }
}

const ms = (since: number) => Math.round((performance.now() - since) * 10) / 10;

export function requestOutcomes(answerer: Answerer): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const started = performance.now();
    const body = args.body as Body;
    const surface = surfaceOf(body);
    const ack = 'ack' in args && typeof args.ack === 'function' ? (args.ack as (reply?: unknown) => Promise<void>) : undefined;
    // Acknowledging twice throws: that is how "nobody acknowledged yet" is found out.
    const ackIfNobodyDid = (reply?: unknown) => ack?.(reply).catch(() => {});
    const what = () => {
      const asked = askedFor(body, args.context.botUserId, answerer);
      return asked ? describe(asked, answerer) : null;
    };
    try {
      await args.next();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const channel = channelOf(body);
      args.logger.error(`dropped: the reply to a ${surface} could not be delivered: ${reason}`, {
        event: 'dropped',
        surface,
        reason,
        ...(channel ? { channel } : {}),
        ...what(),
        latency_ms: ms(started),
      });
      await ackIfNobodyDid(body.command ? SORRY : undefined);
      return;
    }
    await ackIfNobodyDid();
    const latency_ms = ms(started);
    const fields = what();
    if (!fields) {
      args.logger.debug(`handled ${surface}`, { event: 'handled', surface, latency_ms });
      return;
    }
    const summary = [fields.card, fields.kind, fields.topic, typeof fields.confidence === 'number' ? `(${fields.confidence.toFixed(2)})` : undefined];
    args.logger.info(`answered ${surface}: ${summary.filter((part) => part !== undefined && part !== null).join(' ')}`, {
      event: 'answered',
      surface,
      ...fields,
      latency_ms,
    });
  };
}
