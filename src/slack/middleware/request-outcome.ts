/**
 * Every request ends in one known way, and says so once, read from the outcome its listener told
 * (outcome.ts: the card and the answer the user actually got; nothing is answered again here):
 * - `answered`: the card, and for an answer its kind, topic, roles, confidence and question cut to
 *   LOGGED_QUESTION_CHARS, with the latency, in the log; and the same answer as one insights record (a 👍/👎 as
 *   a feedback record), handed to the recorder, which writes it after the reply without holding anything up;
 * - `dropped`, at error level, when a reply could not be delivered (Slack still failing after the client's
 *   retries, or a bug), with the reason; the error goes no further, so it is not logged twice;
 * - a command or click that no listener acknowledged (a button from an older version) is acknowledged here,
 *   instead of Slack showing the user a timeout; a command whose listener failed first gets a polite reply.
 * Registered after the retry filter, so a dropped retry is neither logged as answered nor recorded.
 */
import { performance } from 'node:perf_hooks';
import type { AllMiddlewareArgs, AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Answer } from '../../search/answer.ts';
import type { Recorder, Surface } from '../../storage/index.ts';
import { outcomeOf, type Outcome } from '../outcome.ts';

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
  actions?: Array<{ action_id?: string }>;
  channel?: { id?: string } | null;
};

/** Where a request came from, as an operator reads it: slash, app_mention, dm, app_home_opened, button:open… */
function surfaceOf(body: Body): string {
  if (body.command) return 'slash';
  if (body.event) return body.event.type === 'message' ? 'dm' : String(body.event.type);
  if (body.type === 'block_actions') return `button:${body.actions?.[0]?.action_id?.split(':')[0] ?? '?'}`;
  return String(body.type ?? 'unknown');
}

/** The same, as insights count it. */
function recordedSurface(body: Body): Surface | null {
  if (body.command) return 'slash';
  if (body.event?.type === 'app_mention') return 'mention';
  if (body.event?.type === 'message') return 'dm';
  return body.type === 'block_actions' ? 'button' : null;
}

function channelOf(body: Body): string | undefined {
  const channel = body.channel_id ?? body.channel?.id ?? body.event?.channel;
  return typeof channel === 'string' ? channel : undefined;
}

const rounded = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** The log fields for what the user got: the card, and the answer behind it in full. */
function describe(outcome: Outcome): Record<string, unknown> {
  const { answer, feedback } = outcome;
  if (feedback)
    return {
      card: outcome.card,
      vote: feedback.vote,
      topic: feedback.topic,
      roles: feedback.roles,
      question: feedback.question.slice(0, LOGGED_QUESTION_CHARS),
    };
  if (!answer) return { card: outcome.card };
  return {
    card: outcome.card,
    kind: answer.kind,
    topic: answer.topic,
    roles: answer.roles,
    confidence: rounded(answer.confidence, 3),
    covered: answer.covered,
    used_context: answer.usedContext,
    truncated: answer.truncated,
    question: answer.question.slice(0, LOGGED_QUESTION_CHARS),
  };
}

/** The insights record of an outcome: the answer the user got, or the vote they gave. */
function record(recorder: Recorder, outcome: Outcome, surface: Surface | null, latencyMs: number): void {
  const at = Date.now();
  const answer: Answer | undefined = outcome.answer;
  if (answer && surface) {
    const { kind, topic, roles, confidence, covered, usedContext, question } = answer;
    recorder.question({ at, surface, kind, topic, roles, confidence, covered, usedContext, latencyMs, question });
  }
  if (outcome.feedback) recorder.feedback({ at, ...outcome.feedback });
}

type RequestArgs = AnyMiddlewareArgs & AllMiddlewareArgs;

const ms = (since: number) => rounded(performance.now() - since, 1);

export function requestOutcomes(recorder: Recorder): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const started = performance.now();
    const body = args.body as Body;
    const surface = surfaceOf(body);
    const ack =
      'ack' in args && typeof args.ack === 'function' ? (args.ack as (reply?: unknown) => Promise<void>) : undefined;
    // Acknowledging twice throws: that is how "nobody acknowledged yet" is found out.
    const ackIfNobodyDid = (reply?: unknown) => ack?.(reply).catch(() => {});
    try {
      await args.next();
    } catch (error) {
      logDropped(args, surface, error, started);
      await ackIfNobodyDid(body.command ? SORRY : undefined);
      return;
    }
    await ackIfNobodyDid();
    const latency_ms = ms(started);
    const outcome = outcomeOf(args.context);
    if (!outcome) {
      args.logger.debug(`handled ${surface}`, { event: 'handled', surface, latency_ms });
      return;
    }
    record(recorder, outcome, outcome.surface ?? recordedSurface(body), latency_ms);
    logAnswered(args, outcome, outcome.surface ?? surface, latency_ms);
  };
}

/** A reply that could not be delivered, at error level, with what the listener had told so far. */
function logDropped(args: RequestArgs, surface: string, error: unknown, started: number): void {
  const reason = error instanceof Error ? error.message : String(error);
  const channel = channelOf(args.body as Body);
  const outcome = outcomeOf(args.context);
  args.logger.error(`dropped: the reply to a ${surface} could not be delivered: ${reason}`, {
    event: 'dropped',
    surface,
    reason,
    ...(channel ? { channel } : {}),
    ...(outcome ? describe(outcome) : {}),
    latency_ms: ms(started),
  });
}

/** What the user got, as one line an operator scans (card, vote, kind, topic, confidence) and its fields. */
function logAnswered(args: Pick<RequestArgs, 'logger'>, outcome: Outcome, told: string, latency_ms: number): void {
  const fields = describe(outcome);
  const summary = [
    fields.card,
    fields.vote,
    fields.kind,
    fields.topic,
    typeof fields.confidence === 'number' ? `(${fields.confidence.toFixed(2)})` : undefined,
  ];
  args.logger.info(`answered ${told}: ${summary.filter((part) => part !== undefined && part !== null).join(' ')}`, {
    event: 'answered',
    surface: told,
    ...fields,
    latency_ms,
  });
}
