import { z } from 'zod';
import { IdSchema } from '../knowledge/schema.ts';
import { cutText } from '../search/normalize.ts';
import { SLACK_LIMITS } from './limits.ts';

const TopicIdSchema = IdSchema;
/** Roles a card can be about at once: a question naming more than this many is not one people ask. */
export const MAX_ROLES_ON_A_CARD = 4;
const RolesSchema = z.array(IdSchema).max(MAX_ROLES_ON_A_CARD);

/**
 * What a button asks for travels in the button itself (its value), so whichever instance receives the
 * click can answer it: no server-side state. Values are short-keyed JSON to stay far under Slack's 2000.
 */
export const CardRequestSchema = z.discriminatedUnion('k', [
  /** Re-asking is deterministic, so a question is enough to rebuild its card. */
  z.object({ k: z.literal('ask'), q: z.string() }),
  z.object({ k: z.literal('topic'), t: TopicIdSchema, r: RolesSchema }),
  /**
   * One topic side by side, or every topic when `t` is absent; `u` is a topic name that was not understood; `r` the
   * roles compared (the main pair when absent).
   */
  z.object({ k: z.literal('compare'), t: TopicIdSchema.optional(), u: z.string().optional(), r: z.array(IdSchema).min(2).max(MAX_ROLES_ON_A_CARD).optional() }),
  z.object({ k: z.literal('topics') }),
  z.object({ k: z.literal('help') }),
]);
export type CardRequest = z.infer<typeof CardRequestSchema>;

export const FeedbackSchema = z.object({
  vote: z.enum(['up', 'down']),
  t: TopicIdSchema.nullable(),
  r: RolesSchema,
  q: z.string(),
  /** How the answer was asked, when insights count its votes apart: an answer given unasked (ANSWER_CHANNELS). */
  s: z.literal('unprompted').optional(),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/** "Don't answer my questions unasked": nothing to carry but what it is; who clicked comes with the click. */
export const OptOutSchema = z.object({ o: z.literal('unprompted') });
export type OptOut = z.infer<typeof OptOutSchema>;

/**
 * "Ask the HR team": the question travels in the button, so no one retypes it, with what the bot made of it
 * (why it fell short, the topic and roles it answered with, the gap it named) for the experts' card.
 */
export const EscalateSchema = z.object({
  e: z.enum(['declined', 'not-covered', 'not-helpful', 'unprompted']),
  q: z.string().min(1),
  t: TopicIdSchema.nullable(),
  r: RolesSchema,
  g: z.string().optional(),
  /** Where the question was asked, when the button is not on the question's own card (the 👎 reply). */
  w: z
    .object({ k: z.enum(['dm', 'thread', 'slash']), c: z.string().regex(/^[CDG][A-Z0-9]+$/), ts: z.string().regex(/^\d+\.\d+$/).optional() })
    .optional(),
});
export type Escalate = z.infer<typeof EscalateSchema>;

/** "Answer" on the experts' card: the escalation, and its question so the modal opens without a lookup. */
export const AnswerRequestSchema = z.object({ id: z.string().min(1).max(100), q: z.string() });
export type AnswerRequest = z.infer<typeof AnswerRequestSchema>;

export type ButtonValue = CardRequest | Feedback | Escalate | AnswerRequest | OptOut;

/** The prefix of each button's action_id; the rest only keeps ids unique within a block. */
export const ACTION = {
  /** Show a card where the button was (replacing an ephemeral reply, in the thread or DM otherwise). */
  open: 'open',
  /** Post the card to the channel for everyone. */
  share: 'share',
  feedback: 'feedback',
  /** Send the question to the HR team's channel. */
  escalate: 'escalate',
  /** An expert opens the modal to answer an escalated question. */
  answer: 'hr-answer',
  /** Someone turns unasked answers off for themselves. */
  optOut: 'unprompted-opt-out',
} as const;
export type ActionKind = keyof typeof ACTION;

/** Matches every action_id of one kind, for `app.action(...)`. */
export const actionPattern = (kind: ActionKind): RegExp => new RegExp(`^${ACTION[kind]}:`);

/**
 * Serialises a value, shortening its free text (a question, a topic name) if escaping made it too long
 * (500 control characters become 3000 in JSON): a working button with a shorter question beats a rejected message.
 */
export function encodeValue(value: ButtonValue): string {
  let current: Record<string, unknown> = { ...value };
  let encoded = JSON.stringify(current);
  const freeText = (['q', 'u', 'g'] as const).filter((key) => typeof current[key] === 'string');
  while (encoded.length > SLACK_LIMITS.buttonValue && freeText.some((key) => (current[key] as string).length > 0)) {
    for (const key of freeText) {
      const text = current[key] as string;
      current = { ...current, [key]: text.slice(0, Math.floor(text.length * 0.8)) };
    }
    encoded = JSON.stringify(current);
  }
  return encoded;
}

/** Free text read back from a button is cut as typed text is (cutText): a click's payload may carry anything. */
function cutFreeText<T>(value: T): T {
  const fields = value as Record<string, unknown>;
  for (const key of ['q', 'u']) if (typeof fields[key] === 'string') fields[key] = cutText(fields[key]);
  return value;
}

function decode<T>(schema: z.ZodType<T>, raw: string | undefined): T | null {
  if (raw === undefined) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? cutFreeText(parsed.data) : null;
  } catch {
    return null;
  }
}

/** A button's value read back; null when it is not one of ours (an old message, a forged payload). */
export const decodeCardRequest = (raw: string | undefined) => decode(CardRequestSchema, raw);
export const decodeFeedback = (raw: string | undefined) => decode(FeedbackSchema, raw);
export const decodeEscalate = (raw: string | undefined) => decode(EscalateSchema, raw);
export const decodeAnswerRequest = (raw: string | undefined) => decode(AnswerRequestSchema, raw);
export const decodeOptOut = (raw: string | undefined) => decode(OptOutSchema, raw);
