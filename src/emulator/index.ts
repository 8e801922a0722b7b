/** A Slack stand-in for tests, the playground and benchmarks: everything Slack does, on loopback. */
export { signRequest } from './sign.ts';
export {
  DEFAULT_IDS,
  FORM,
  JSON_TYPE,
  appHomeOpened,
  appMention,
  assistantThreadStarted,
  blockActions,
  channelMessage,
  directMessage,
  eventCallback,
  messageTs,
  slashCommand,
  messageShortcut,
  triggerId,
  urlVerification,
  viewSubmission,
  type BlockActionFields,
  type EnvelopeOptions,
  type MessageFields,
  type MessageShortcutFields,
  type SlackRequest,
  type SlashCommandFields,
  type ViewStateValues,
  type ViewSubmissionFields,
} from './requests.ts';
export { ModalViews, TRIGGER_TTL_MS, type SubmitOutcome, type SubmitTarget } from './views.ts';
export {
  RESPONSE_URL,
  startSlackStandIn,
  type CallMatcher,
  type Interception,
  type Interceptor,
  type MethodHandler,
  type RecordedCall,
  type SlackStandIn,
  type StandInOptions,
  type WaitOptions,
} from './stand-in.ts';
export { sendToApp } from './send.ts';
