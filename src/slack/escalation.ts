/**
 * "Ask the HR team", between the listeners and Slack: where a question was asked, posting it to the experts'
 * channel, relaying an expert's answer back, and keeping the experts' card up to date. The listeners stay thin.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger, webApi } from '@slack/bolt';
import { expertsCard, relayedAnswer } from '../blocks/index.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { AskedWhere, Escalation, EscalationStore } from '../storage/escalations.ts';
import { isDirect, threadOf, type ClickPlace } from './click-place.ts';

/** What escalation needs, when EXPERTS_CHANNEL is set. */
export type EscalationDeps = {
  channel: string;
  store: EscalationStore;
  /** Questions one person may send per clock hour (ESCALATIONS_PER_HOUR); unlimited when absent. */
  perHour?: number;
  /** Whether a person is in the experts' channel, where the app can read it; everyone counts when absent. */
  members?: Members;
};

/**
 * `member` or `not-member`; `unknown` when the app cannot read the channel's members at all (no
 * channels:read / groups:read scope: anyone who can click Answer there answers); `unchecked` when Slack did
 * not say in time (asked again on the next click).
 */
export type Membership = 'member' | 'not-member' | 'unknown' | 'unchecked';
export type Members = (client: Client, userId: string) => Promise<Membership>;

/** How long the channel's member list is trusted: someone removed from the channel stops answering within this. */
const MEMBERS_KEPT_MS = 60_000;
/** How long a click waits for the member list: Slack accepts views.open only within 3 s of the click. */
const MEMBERS_BUDGET_MS = 1_200;
const MEMBERS_PAGE = 1_000;

async function fetchMembers(client: Client, channel: string): Promise<Set<string>> {
  const members = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await client.conversations.members({ channel, limit: MEMBERS_PAGE, ...(cursor ? { cursor } : {}) });
    for (const id of page.members ?? []) members.add(id);
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return members;
}

/**
 * The experts' channel's members (conversations.members), kept MEMBERS_KEPT_MS. A Slack error code (no scope,
 * say) means the app cannot read them: said once in the log, and the check is skipped. No answer in time
 * (Slack slow or away) means not checked: the click is refused and may be tried again.
 */
export function expertsMembers(channel: string, logger: Logger, now: () => number = Date.now): Members {
  let known: { members: Set<string>; at: number } | null = null;
  let unreadable = false;
  let fetching: Promise<void> | null = null;
  const refresh = (client: Client) =>
    (fetching ??= fetchMembers(client, channel)
      .then((members) => {
        known = { members, at: now() };
      })
      .catch((error: unknown) => {
        if (!slackError(error)) return;
        unreadable = true;
        logger.warn(
          `Anyone who can click Answer in EXPERTS_CHANNEL=${channel} answers as the HR team: career-bot cannot read its members (${reasonOf(error)}). Add the channels:read and groups:read scopes (manifest.yml) and reinstall the app.`,
          { event: 'experts-members-unreadable', reason: reasonOf(error) },
        );
      })
      .finally(() => {
        fetching = null;
      }));
  return async (client, userId) => {
    if (unreadable) return 'unknown';
    if (!known || now() - known.at > MEMBERS_KEPT_MS) {
      const done = refresh(client).then(() => true);
      const inTime = await Promise.race([done, sleep(MEMBERS_BUDGET_MS, false, { ref: false })]);
      if (!inTime || unreadable) return unreadable ? 'unknown' : 'unchecked';
      if (!known) return 'unchecked';
    }
    return known.members.has(userId) ? 'member' : 'not-member';
  };
}

type Client = webApi.WebClient;

/** Where a card was clicked, as where its answer must go back to. */
export function askedWhere(place: ClickPlace): AskedWhere {
  if (place.ephemeral) return { kind: 'slash', channel: place.channel };
  if (place.threadTs && !isDirect(place.channel))
    return { kind: 'thread', channel: place.channel, threadTs: place.threadTs };
  return { kind: 'dm', channel: place.channel, ...(place.threadTs ? { threadTs: place.threadTs } : {}) };
}

/** Slack's error code on a failed Web API call, when there is one. */
const slackError = (error: unknown): string | undefined => (error as { data?: { error?: string } }).data?.error;
export const reasonOf = (error: unknown): string =>
  slackError(error) ?? (error instanceof Error ? error.message : String(error));

/** The admin's fix for each way posting to the experts' channel fails. */
const FIXES: Record<string, string> = {
  not_in_channel: 'career-bot is not a member of it: invite it there (/invite @career-bot)',
  channel_not_found: 'no such channel, or career-bot cannot see it: check the id and invite career-bot there',
  is_archived: 'the channel is archived: unarchive it or set another EXPERTS_CHANNEL',
};

export function explainExpertsChannelFailure(channel: string, error: unknown): string {
  const code = reasonOf(error);
  return `Could not post to the experts channel EXPERTS_CHANNEL=${channel} (${code})${FIXES[code] ? `: ${FIXES[code]}` : ''}.`;
}

/** How far ahead the start-up check schedules its message (Slack allows up to 120 days); it is deleted at once. */
const CHECK_AHEAD_S = 100 * 24 * 60 * 60;

/**
 * At start-up: can career-bot post to the experts' channel? Slack has no way to ask without a scope the app
 * does not otherwise need, so it schedules a message there far ahead and deletes it at once (both with
 * chat:write): nobody sees it, and Slack answers not_in_channel exactly as a real post would. The outcome is
 * logged; it never stops the app.
 */
export async function checkExpertsChannel(client: Client, channel: string, logger: Logger): Promise<boolean> {
  let scheduled: string | undefined;
  try {
    const post_at = Math.floor(Date.now() / 1000) + CHECK_AHEAD_S;
    scheduled = (
      await client.chat.scheduleMessage({
        channel,
        post_at,
        text: 'career-bot checking that it can post here (deleted at once).',
      })
    ).scheduled_message_id;
  } catch (error) {
    logger.error(`Ask the HR team will not work: ${explainExpertsChannelFailure(channel, error)}`, {
      event: 'experts-channel-unusable',
      reason: reasonOf(error),
    });
    return false;
  }
  try {
    if (scheduled) await client.chat.deleteScheduledMessage({ channel, scheduled_message_id: scheduled });
  } catch (error) {
    logger.warn(
      `The start-up check's scheduled message in EXPERTS_CHANNEL=${channel} could not be deleted (${reasonOf(error)}): delete it in Slack.`,
    );
  }
  logger.info(`Ask the HR team: questions go to EXPERTS_CHANNEL=${channel}, where career-bot can post.`, {
    event: 'experts-channel-ready',
  });
  return true;
}

/**
 * Posts (or re-posts, after a failed try) the question's card in the experts' channel and remembers where it
 * is. Throws only when the card was not posted: once it is, a failure to remember it costs only its later
 * update (logged), never a second card.
 */
export async function postToExperts(
  client: Client,
  deps: EscalationDeps,
  kb: KnowledgeBase,
  e: Escalation,
  logger: Logger,
  teamDomain?: string,
): Promise<void> {
  const posted = await client.chat.postMessage({ channel: deps.channel, ...expertsCard(kb, e, teamDomain) });
  if (!posted.ts) return;
  await deps.store.setExpertsMessage(e.id, { channel: deps.channel, ts: posted.ts }).catch((error: unknown) => {
    logger.warn(
      `The experts' card was posted but could not be remembered (${reasonOf(error)}): it will not show the answer once given.`,
      { event: 'experts-card-not-stored' },
    );
  });
}

/** Redraws the experts' card from the escalation as it now is; a failure is logged, the answer is not at stake. */
export async function refreshExpertsCard(
  client: Client,
  kb: KnowledgeBase,
  e: Escalation,
  logger: Logger,
  teamDomain?: string,
): Promise<void> {
  if (!e.expertsMessage) return;
  try {
    await client.chat.update({ ...e.expertsMessage, ...expertsCard(kb, e, teamDomain) });
  } catch (error) {
    logger.warn(`Could not update the experts' card for an escalation: ${reasonOf(error)}`);
  }
}

/** Sends an answered escalation's answer to the asker where they asked. Throws when Slack still fails after its retries. */
async function relay(client: Client, e: Escalation): Promise<void> {
  if (!e.where || !e.askerId || e.answer === null || !e.answeredBy || e.question === '')
    throw new Error('the asker is no longer known (older than 14 days)');
  const inThread = e.where.kind === 'thread';
  const message = relayedAnswer({
    question: e.question,
    answer: e.answer,
    expertId: e.answeredBy,
    askerId: inThread ? e.askerId : null,
  });
  const target = e.where.kind === 'slash' ? { channel: e.askerId } : { channel: e.where.channel, ...threadOf(e.where) };
  await client.chat.postMessage({ ...target, ...message });
}

/**
 * Delivers the answer and records the outcome: delivered (the asker's id is then deleted from the store) or why
 * not, which the experts' card shows. Returns the escalation to show (the card keeps the asker's mention it
 * already had in Slack) and the failure's reason, if any.
 */
export async function deliverAnswer(
  client: Client,
  deps: EscalationDeps,
  e: Escalation,
  logger: Logger,
): Promise<{ escalation: Escalation; failure: string | null }> {
  try {
    await relay(client, e);
  } catch (error) {
    const failure = reasonOf(error);
    logger.error(`An HR answer could not be delivered to its asker: ${failure}`, {
      event: 'hr-answer-undelivered',
      reason: failure,
    });
    await deps.store.markDeliveryFailed(e.id, failure);
    return { escalation: { ...e, deliveryError: failure }, failure };
  }
  const at = new Date();
  await deps.store.markDelivered(e.id, at);
  logger.info('An HR answer was delivered to its asker.', { event: 'hr-answer-delivered' });
  return { escalation: { ...e, deliveredAt: at, deliveryError: null }, failure: null };
}
