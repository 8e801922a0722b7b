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
 * click can answer it: no server-side state. Inside the app a value has named fields; only its JSON on the wire
 * has short keys (WIRE_KEYS), to stay far under Slack's 2000 characters.
 */
const CardRequestSchema = z.discriminatedUnion('kind', [
  /** Re-asking is deterministic, so a question is enough to rebuild its card. */
  z.object({ kind: z.literal('ask'), question: z.string() }),
  z.object({ kind: z.literal('topic'), topic: TopicIdSchema, roles: RolesSchema }),
  /**
   * One topic side by side, or every topic when `topic` is absent; `unknownTopic` is a topic name that was not
   * understood; `roles` the roles compared (the main pair when absent).
   */
  z.object({
    kind: z.literal('compare'),
    topic: TopicIdSchema.optional(),
    unknownTopic: z.string().optional(),
    roles: z.array(IdSchema).min(2).max(MAX_ROLES_ON_A_CARD).optional(),
  }),
  z.object({ kind: z.literal('topics') }),
  z.object({ kind: z.literal('help') }),
]);
export type CardRequest = z.infer<typeof CardRequestSchema>;

const FeedbackSchema = z.object({
  vote: z.enum(['up', 'down']),
  topic: TopicIdSchema.nullable(),
  roles: RolesSchema,
  question: z.string(),
  /** How the answer was asked, when insights count its votes apart: an answer given unasked (ANSWER_CHANNELS). */
  surface: z.literal('unprompted').optional(),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/** "Don't answer my questions unasked": nothing to carry but what it is; who clicked comes with the click. */
const OptOutSchema = z.object({ optOut: z.literal('unprompted') });
export type OptOut = z.infer<typeof OptOutSchema>;

/**
 * "Ask the HR team": the question travels in the button, so no one retypes it, with what the bot made of it
 * (why it fell short, the topic and roles it answered with, the gap it named) for the experts' card.
 */
const EscalateSchema = z.object({
  reason: z.enum(['declined', 'not-covered', 'not-helpful', 'unprompted']),
  question: z.string().min(1),
  topic: TopicIdSchema.nullable(),
  roles: RolesSchema,
  gap: z.string().optional(),
  /** Where the question was asked, when the button is not on the question's own card (the 👎 reply). */
  where: z
    .object({
      kind: z.enum(['dm', 'thread', 'slash']),
      channel: z.string().regex(/^[CDG][A-Z0-9]+$/),
      threadTs: z
        .string()
        .regex(/^\d+\.\d+$/)
        .optional(),
    })
    .optional(),
});
export type Escalate = z.infer<typeof EscalateSchema>;

/** "Answer" on the experts' card: the escalation, and its question so the modal opens without a lookup. */
const AnswerRequestSchema = z.object({ id: z.string().min(1).max(100), question: z.string() });
export type AnswerRequest = z.infer<typeof AnswerRequestSchema>;

export type ButtonValue = CardRequest | Feedback | Escalate | AnswerRequest | OptOut;

type FieldsOf<T> = T extends unknown ? keyof T & string : never;
type Field = FieldsOf<ButtonValue> | FieldsOf<NonNullable<Escalate['where']>>;

/**
 * The short key of each field in a button's value: the one place short keys exist. One table for every kind of
 * value (and the objects inside one), so writing a value and reading it back are the same renaming either way.
 * A key, once used, stays: messages already posted carry buttons that spell it so.
 */
const WIRE_KEYS = {
  kind: 'k',
  question: 'q',
  topic: 't',
  roles: 'r',
  unknownTopic: 'u',
  vote: 'vote',
  surface: 's',
  reason: 'e',
  gap: 'g',
  where: 'w',
  channel: 'c',
  threadTs: 'ts',
  id: 'id',
  optOut: 'o',
} as const satisfies Record<Field, string>;

const TO_WIRE = new Map<string, string>(Object.entries(WIRE_KEYS));
const FROM_WIRE = new Map<string, string>(Object.entries(WIRE_KEYS).map(([field, key]) => [key, field]));

/** An object with its keys renamed through `keys`, inside objects too; a key `keys` does not name is left out. */
function renamed(value: unknown, keys: ReadonlyMap<string, string>): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, inner]) => (keys.has(key) ? [[keys.get(key)!, renamed(inner, keys)]] : [])),
  );
}

/** Free text a value may carry (a question, a topic name, a gap): shortened to fit, cut when read back. */
const FREE_TEXT = ['question', 'unknownTopic', 'gap'] as const;

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
 * A value as a button carries it (short keys), shortening its free text (a question, a topic name) if escaping made
 * it too long (500 control characters become 3000 in JSON): a working button with a shorter question beats a
 * rejected message.
 */
export function encodeValue(value: ButtonValue): string {
  let current: Record<string, unknown> = { ...value };
  const wire = () => JSON.stringify(renamed(current, TO_WIRE));
  let encoded = wire();
  const freeText = FREE_TEXT.filter((field) => typeof current[field] === 'string');
  while (encoded.length > SLACK_LIMITS.buttonValue && freeText.some((field) => (current[field] as string).length > 0)) {
    for (const field of freeText) {
      const text = current[field] as string;
      current = { ...current, [field]: text.slice(0, Math.floor(text.length * 0.8)) };
    }
    encoded = wire();
  }
  return encoded;
}

/** Free text read back from a button is cut as typed text is (cutText): a click's payload may carry anything. */
function cutFreeText<T>(value: T): T {
  const fields = value as Record<string, unknown>;
  for (const field of ['question', 'unknownTopic'])
    if (typeof fields[field] === 'string') fields[field] = cutText(fields[field]);
  return value;
}

function decode<T>(schema: z.ZodType<T>, raw: string | undefined): T | null {
  if (raw === undefined) return null;
  try {
    const parsed = schema.safeParse(renamed(JSON.parse(raw), FROM_WIRE));
    return parsed.success ? cutFreeText(parsed.data) : null;
  } catch {
    return null;
  }
}

/**
 * A button's value read back, with named fields, where a click arrives (the action listeners); null when it is
 * not one of ours (a forged payload, a value no version wrote) or asks for what the knowledge cannot have.
 */
export const decodeCardRequest = (raw: string | undefined) => decode(CardRequestSchema, raw);
export const decodeFeedback = (raw: string | undefined) => decode(FeedbackSchema, raw);
export const decodeEscalate = (raw: string | undefined) => decode(EscalateSchema, raw);
export const decodeAnswerRequest = (raw: string | undefined) => decode(AnswerRequestSchema, raw);
export const decodeOptOut = (raw: string | undefined) => decode(OptOutSchema, raw);
