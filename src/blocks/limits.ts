/**
 * Slack's Block Kit limits, as data: the card builders clip to them and the limits test checks every card
 * against them. Lengths are in UTF-16 code units, which never undercounts Slack's characters.
 * https://api.slack.com/reference/block-kit/blocks
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerHomeView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  /** chat.postMessage truncates longer `text`; a fallback this long is useless anyway. */
  fallbackText: 4000,
} as const;
