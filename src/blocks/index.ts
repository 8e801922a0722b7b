/** Block Kit cards: pure functions from the core's answers to Slack messages. No Bolt here. */
export { answerCard, type Reading } from './answer-card.ts';
export { compareAllCard, compareCard } from './compare-card.ts';
export { declineCard } from './decline-card.ts';
export { sharedBy, type Message } from './elements.ts';
export { feedbackAck } from './feedback-card.ts';
export { COMMAND, helpCard, staleButtonCard } from './help-card.ts';
export { homeView } from './home-view.ts';
export { SLACK_LIMITS } from './limits.ts';
export { answerMessage, renderCard, renderRequest, type Rendered, type RenderOptions } from './render.ts';
export { suggestedPrompts, type Prompt } from './prompts.ts';
export { smallTalkCard } from './smalltalk-card.ts';
export { escapeText } from './text.ts';
export { topicsCard } from './topics-card.ts';
export {
  ACTION,
  actionPattern,
  CardRequestSchema,
  decodeCardRequest,
  decodeFeedback,
  encodeValue,
  FeedbackSchema,
  type CardRequest,
  type Feedback,
} from './values.ts';
