import { DEFAULT_IDS } from '../emulator/index.ts';

/** The one workspace the playground shows: the stand-in's team, user and bot, in a channel named for HR. */
export const IDS = {
  ...DEFAULT_IDS,
  channelId: 'C0HRCAREERS',
  channelName: 'hr-careers',
  /** Where the HR team answers what the article does not (EXPERTS_CHANNEL); the visitor plays the expert there. */
  expertsChannelId: 'C0HREXPERTS',
  expertsChannelName: 'hr-experts',
  botName: 'career-bot',
  personName: 'You',
  /** A colleague whose question is already in #hr-careers: "⋯ → Answer with career-bot" works on it. */
  colleagueId: 'U0COLLEAGUE',
  colleagueName: 'Maya Ortiz',
} as const;

/** What the colleague asked in #hr-careers, for nobody in particular. */
export const COLLEAGUE_QUESTION = 'does anyone know what certification a care manager needs?';

/** How mentions of the people here read in rendered text. */
export const USER_NAMES: Record<string, string> = {
  [IDS.botUserId]: IDS.botName,
  [IDS.userId]: IDS.personName.toLowerCase(),
  [IDS.colleagueId]: IDS.colleagueName,
};
