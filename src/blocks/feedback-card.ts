import { context, fallback, type Message } from './elements.ts';
import type { Feedback } from './values.ts';

const REPLY: Record<Feedback['vote'], string> = {
  up: ':thumbsup: Thanks for the feedback: glad it helped.',
  down: ':thumbsdown: Thanks for the feedback: noted that this answer missed. Try rephrasing, or pick a topic with `/career topics`.',
};

/** What the user sees after a 👍 or 👎: that it was received. */
export function feedbackAck(vote: Feedback['vote']): Message {
  return { text: fallback([REPLY[vote]]), blocks: [context([REPLY[vote]], 'feedback-ack')] };
}
