/** Block Kit cards: pure functions from the core's answers to Slack messages. No Bolt here. */
export { answerCard, type Reading } from './answer-card.ts';
export {
  askerConfirmation,
  askerLimited,
  askerNotSent,
  escalationFor,
  escalationForFeedback,
  mention,
  relayedAnswer,
  withAskHr,
} from './ask-hr.ts';
export {
  ANSWER_INPUT,
  ANSWER_MODAL,
  ANSWER_NOT_SAVED,
  answerModal,
  answerRefusals,
  expertsCard,
  MAX_ANSWER_CHARS,
  modalNotices,
} from './experts-card.ts';
export {
  answeredAtRequest,
  OPT_OUT_LABEL,
  optedOutNote,
  privateReply,
  unpromptedCard,
  type PrivateReason,
} from './channel-answers.ts';
export { compareAllCard, compareCard } from './compare-card.ts';
export { declineCard } from './decline-card.ts';
export { sharedBy, type Message } from './elements.ts';
export { feedbackAck } from './feedback-card.ts';
export { helpCard, staleButtonCard } from './help-card.ts';
export { homeView } from './home-view.ts';
export { SLACK_LIMITS } from './limits.ts';
export { answerMessage, renderCard, renderRequest, type Rendered, type RenderOptions } from './render.ts';
export { suggestedPrompts, type Prompt } from './prompts.ts';
export { smallTalkCard } from './smalltalk-card.ts';
export { rolesPhrase, theSources } from './parts.ts';
export { escapeText } from './text.ts';
export { topicsCard } from './topics-card.ts';
export {
  ACTION,
  actionPattern,
  decodeAnswerRequest,
  decodeOptOut,
  decodeCardRequest,
  decodeEscalate,
  decodeFeedback,
  encodeValue,
  type AnswerRequest,
  type CardRequest,
  type Escalate,
  type Feedback,
} from './values.ts';
