import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { Answer } from '../search/answer.ts';
import { answerCard } from './answer-card.ts';
import { escalationFor, mention, withAskHr } from './ask-hr.ts';
import { actions, button, context, fallback, type Message } from './elements.ts';
import { rolesPhrase } from './parts.ts';
import type { Escalate } from './values.ts';

// The cards of answers given where people already talk: unasked in a channel that opted in (ANSWER_CHANNELS), and
// at someone's request through the "Answer with career-bot" message shortcut.

export const OPT_OUT_LABEL = "Don't answer my questions unasked";

/** "Ask the HR team" on an unasked answer: what fell short if anything did, else a person's answer to the question. */
const unpromptedEscalation = (answer: Answer): Escalate =>
  escalationFor(answer) ?? {
    reason: 'unprompted',
    question: answer.question,
    topic: answer.topic,
    roles: answer.roles,
  };

/**
 * An answer nobody asked for, in the question's thread: the answer card (its votes counted apart), "Ask the HR team"
 * when there is one, a line saying why the bot spoke up, and a way for the asker to turn it off for themselves.
 */
export function unpromptedCard(kb: KnowledgeBase, answer: Answer, askHr: boolean): Message {
  const card = answerCard(kb, answer, { asked: 'unprompted' });
  const withHr = askHr ? withAskHr(card, unpromptedEscalation(answer)) : card;
  const why = `:robot_face: career-bot answers questions about ${rolesPhrase(kb)} in this channel unasked, when it is sure of the answer. Was it useful? Your vote tells the HR team.`;
  return {
    text: card.text,
    blocks: [
      ...withHr.blocks,
      context([why], 'unprompted-note'),
      actions([button('optOut', 'me', OPT_OUT_LABEL, { optOut: 'unprompted' })], 'unprompted-opt-out'),
    ],
  };
}

/** Only the person who clicked sees this: unasked answers are off for them. */
export function optedOutNote(): Message {
  const line =
    ':no_bell: Done: career-bot will not answer your questions unasked any more. Mention it, message it or use /career whenever you want an answer.';
  return { text: fallback([line]), blocks: [context([line], 'opted-out')] };
}

/** An answer in the thread of the message someone asked about, saying who asked for it. */
export function answeredAtRequest(card: Message, userId: string): Message {
  const line = `:speech_balloon: Answered at ${mention(userId)}'s request`;
  return { text: fallback([line, card.text]), blocks: [context([line], 'answered-at-request'), ...card.blocks] };
}

/** Why the person who used the shortcut gets the answer privately. */
export type PrivateReason = 'declined' | 'not-in-channel' | 'direct-message' | 'no-text';

const PRIVATE_WHY: Record<PrivateReason, string> = {
  declined:
    ':lock: Only you can see this: that message is not a question career-bot can answer, so it stayed out of the conversation.',
  'not-in-channel':
    ':lock: Only you can see this: career-bot is not a member of that conversation, so it could not answer there. Invite it (/invite @career-bot) to answer in the thread.',
  'direct-message': ':lock: Only you can see this: career-bot does not post in conversations between people.',
  'no-text': ':lock: Only you can see this: that message has no text career-bot can read.',
};

/** The reply only the person who used the shortcut sees, with a word on why it is private. */
export function privateReply(card: Message, why: PrivateReason): Message {
  return {
    text: fallback([PRIVATE_WHY[why], card.text]),
    blocks: [context([PRIVATE_WHY[why]], 'private-why'), ...card.blocks],
  };
}
