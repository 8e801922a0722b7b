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
  directMessage,
  eventCallback,
  messageTs,
  slashCommand,
  urlVerification,
  type BlockActionFields,
  type EnvelopeOptions,
  type MessageFields,
  type SlackRequest,
  type SlashCommandFields,
} from './requests.ts';
export {
  RESPONSE_URL,
  startSlackStandIn,
  type CallMatcher,
  type Fault,
  type FaultTarget,
  type MethodHandler,
  type RecordedCall,
  type SlackStandIn,
  type StandInOptions,
  type WaitOptions,
} from './stand-in.ts';
export { sendToApp } from './send.ts';
