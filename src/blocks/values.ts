import { z } from 'zod';
import { RoleIdSchema, TopicIdSchema } from '../knowledge/schema.ts';
import { cutText } from '../search/normalize.ts';
import { SLACK_LIMITS } from './limits.ts';

/**
 * What a button asks for travels in the button itself (its value), so whichever instance receives the
 * click can answer it: no server-side state. Values are short-keyed JSON to stay far under Slack's 2000.
 */
export const CardRequestSchema = z.discriminatedUnion('k', [
  /** Re-asking is deterministic, so a question is enough to rebuild its card. */
  z.object({ k: z.literal('ask'), q: z.string() }),
  z.object({ k: z.literal('topic'), t: TopicIdSchema, r: z.array(RoleIdSchema).max(2) }),
  /** One topic side by side, or every topic when `t` is absent; `u` is a topic name that was not understood. */
  z.object({ k: z.literal('compare'), t: TopicIdSchema.optional(), u: z.string().optional() }),
  z.object({ k: z.literal('topics') }),
  z.object({ k: z.literal('help') }),
]);
export type CardRequest = z.infer<typeof CardRequestSchema>;

export const FeedbackSchema = z.object({
  vote: z.enum(['up', 'down']),
  t: TopicIdSchema.nullable(),
  r: z.array(RoleIdSchema).max(2),
  q: z.string(),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/** The prefix of each button's action_id; the rest only keeps ids unique within a block. */
export const ACTION = {
  /** Show a card where the button was (replacing an ephemeral reply, in the thread or DM otherwise). */
  open: 'open',
  /** Post the card to the channel for everyone. */
  share: 'share',
  feedback: 'feedback',
} as const;
export type ActionKind = keyof typeof ACTION;

/** Matches every action_id of one kind, for `app.action(...)`. */
export const actionPattern = (kind: ActionKind): RegExp => new RegExp(`^${ACTION[kind]}:`);

/**
 * Serialises a value, shortening its free text (a question, a topic name) if escaping made it too long
 * (500 control characters become 3000 in JSON): a working button with a shorter question beats a rejected message.
 */
export function encodeValue(value: CardRequest | Feedback): string {
  let current: Record<string, unknown> = { ...value };
  let encoded = JSON.stringify(current);
  const freeText = (['q', 'u'] as const).filter((key) => typeof current[key] === 'string');
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
