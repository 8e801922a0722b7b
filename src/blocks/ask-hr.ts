import type { KnownBlock } from '@slack/types';
import { hasRedactions } from '../privacy/redact.ts';
import type { Answer } from '../search/answer.ts';
import { actions, button, context, fallback, section, type Message } from './elements.ts';
import { escapeText } from './text.ts';
import type { Escalate, Feedback } from './values.ts';

// What the asker sees of "Ask the HR team": the button on a card that fell short, the confirmation only they
// see, and the answer relayed from a person. Shown only when the app has an experts channel.

const ASK_LABEL = ':raising_hand: Ask the HR team';

/** The escalation an answer card can offer: declined, or the source does not cover what was asked; else none. */
export function escalationFor(answer: Answer): Escalate | null {
  if (answer.kind === 'declined' && answer.question.trim() !== '') {
    return { reason: 'declined', question: answer.question, topic: null, roles: [] };
  }
  if (answer.kind === 'answer' && !answer.covered) {
    return {
      reason: 'not-covered',
      question: answer.question,
      topic: answer.topic,
      roles: answer.roles,
      ...(answer.gap ? { gap: answer.gap } : {}),
    };
  }
  return null;
}

/** After a 👎: the answer that was not helpful. */
export const escalationForFeedback = (feedback: Feedback): Escalate | null =>
  feedback.vote === 'down' && feedback.question.trim() !== ''
    ? { reason: 'not-helpful', question: feedback.question, topic: feedback.topic, roles: feedback.roles }
    : null;

/**
 * What the asker is told before sending: a question that had patient details taken out is quoted as the HR team
 * will see it, so nobody is surprised by what leaves the conversation.
 */
function askHrNote(escalation: Escalate): string {
  const note = 'Not what you needed? A person from the HR team can answer this question.';
  return hasRedactions(escalation.question)
    ? `${note} They will see it without patient details: “${escapeText(escalation.question)}”`
    : note;
}

/** The card with an "Ask the HR team" row at its end, when there is something to ask; the card as it was otherwise. */
export function withAskHr(card: Message, escalation: Escalate | null): Message {
  if (!escalation) return card;
  return {
    text: card.text,
    blocks: [
      ...card.blocks,
      context([askHrNote(escalation)], 'ask-hr-note'),
      actions([button('escalate', 'ask', ASK_LABEL, escalation)], 'ask-hr'),
    ],
  };
}

/** Said on an answer to a question that carried patient details, which were taken out of all that is kept. */
export const PRIVACY_NOTE = ":lock: You don't need patient details to ask about careers; I didn't keep them.";

/** The card with the privacy note at its end when the question had patient details taken out. */
export function withPrivacyNote(card: Message, answer: Answer): Message {
  if (answer.redacted.length === 0) return card;
  return { text: card.text, blocks: [...card.blocks, context([PRIVACY_NOTE], 'privacy-note')] };
}

/** Only the asker sees this, at once: the question is with the HR team (or already was). */
export function askerConfirmation(created: boolean): Message {
  const line = created
    ? ':raising_hand: Sent to the HR team. A person will answer here; you will be notified.'
    : ':raising_hand: The HR team already has this question. Their answer will arrive here.';
  return { text: fallback([line]), blocks: [context([line], 'ask-hr-sent')] };
}

/**
 * Only the asker sees this when the question could not be handed over (not stored, or not posted): say so
 * rather than pretend, with a button that tries again with the same question.
 */
export function askerNotSent(retry?: Escalate): Message {
  const line = ':warning: Your question could not be sent to the HR team yet. Please try again in a few minutes.';
  return {
    text: fallback([line]),
    blocks: [
      context([line], 'ask-hr-failed'),
      ...(retry ? [actions([button('escalate', 'ask', ':repeat: Try again', retry)], 'ask-hr-retry')] : []),
    ],
  };
}

/** Only the asker sees this past the per-hour limit: when they can ask again, in their own time zone. */
export function askerLimited(until: Date, perHour: number): Message {
  const at = Math.floor(until.getTime() / 1000);
  const line = `:hourglass: You have sent the HR team ${perHour} questions this hour, the most one person can. You can ask again at <!date^${at}^{time}|${until.toISOString().slice(11, 16)} UTC>.`;
  return { text: fallback([line]), blocks: [context([line], 'ask-hr-limited')] };
}

/** Slack user ids are ours to write into a mention; anything else reads as nobody in particular. */
export const mention = (userId: string | null | undefined, otherwise = 'someone'): string =>
  userId && /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : otherwise;

/**
 * The answer from a person, where the asker asked. Marked as coming from the expert and the HR team, not from
 * the bot's sources, and with no citation. In a thread the asker is mentioned, so they are notified.
 */
export function relayedAnswer(input: {
  question: string;
  answer: string;
  expertId: string;
  askerId?: string | null;
}): Message {
  const from = `${mention(input.expertId)} from the HR team`;
  const to = input.askerId ? `${mention(input.askerId, '')}, ` : '';
  const blocks: KnownBlock[] = [
    section(`${to}:raising_hand: *${from}* answered your question:`, 'hr-answer-from'),
    context([`:speech_balloon: You asked: “${escapeText(input.question)}”`], 'asked'),
    section(escapeText(input.answer), 'hr-answer'),
    context(
      [":bust_in_silhouette: This answer is from a person on the HR team, not from career-bot's sources."],
      'hr-answer-note',
    ),
  ];
  return { text: fallback([`${to}${from} answered your question: ${escapeText(input.answer)}`]), blocks };
}
