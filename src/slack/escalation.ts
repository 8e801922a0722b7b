import type { Logger, webApi } from '@slack/bolt';
import { expertsCard, relayedAnswer, type Escalate } from '../blocks/index.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { AskedWhere, Escalation, EscalationStore } from '../storage/escalations.ts';
import { isDirect, threadOf, type ClickPlace } from './click-place.ts';

/**
 * "Ask the HR team", between the listeners and Slack: where a question was asked, posting it to the experts'
 * channel, relaying an expert's answer back, and keeping the experts' card up to date. The listeners stay thin.
 */

/** What escalation needs, when EXPERTS_CHANNEL is set. */
export type EscalationDeps = { channel: string; store: EscalationStore };

type Client = webApi.WebClient;

/** Where a card was clicked, as where its answer must go back to. */
export function askedWhere(place: ClickPlace): AskedWhere {
  if (place.ephemeral) return { kind: 'slash', channel: place.channel };
  if (place.threadTs && !isDirect(place.channel)) return { kind: 'thread', channel: place.channel, threadTs: place.threadTs };
  return { kind: 'dm', channel: place.channel, ...(place.threadTs ? { threadTs: place.threadTs } : {}) };
}

/** The same, as a button's value carries it. */
export const whereValue = (where: AskedWhere): NonNullable<Escalate['w']> => ({
  k: where.kind,
  c: where.channel,
  ...(where.threadTs ? { ts: where.threadTs } : {}),
});
export const whereFromValue = (w: NonNullable<Escalate['w']>): AskedWhere => ({
  kind: w.k,
  channel: w.c,
  ...(w.ts ? { threadTs: w.ts } : {}),
});

/** Slack's error code on a failed Web API call, when there is one. */
const slackError = (error: unknown): string | undefined => (error as { data?: { error?: string } }).data?.error;
export const reasonOf = (error: unknown): string => slackError(error) ?? (error instanceof Error ? error.message : String(error));

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
    scheduled = (await client.chat.scheduleMessage({ channel, post_at, text: 'career-bot checking that it can post here (deleted at once).' })).scheduled_message_id;
  } catch (error) {
    logger.error(`Ask the HR team will not work: ${explainExpertsChannelFailure(channel, error)}`, { event: 'experts-channel-unusable', reason: reasonOf(error) });
    return false;
  }
  try {
    if (scheduled) await client.chat.deleteScheduledMessage({ channel, scheduled_message_id: scheduled });
  } catch (error) {
    logger.warn(`The start-up check's scheduled message in EXPERTS_CHANNEL=${channel} could not be deleted (${reasonOf(error)}): delete it in Slack.`);
  }
  logger.info(`Ask the HR team: questions go to EXPERTS_CHANNEL=${channel}, where career-bot can post.`, { event: 'experts-channel-ready' });
  return true;
}

/** Posts (or re-posts, after a failed try) the question's card in the experts' channel and remembers where it is. */
export async function postToExperts(client: Client, deps: EscalationDeps, kb: KnowledgeBase, e: Escalation, teamDomain?: string): Promise<void> {
  const posted = await client.chat.postMessage({ channel: deps.channel, ...expertsCard(kb, e, teamDomain) });
  if (posted.ts) await deps.store.setExpertsMessage(e.id, { channel: deps.channel, ts: posted.ts });
}

/** Redraws the experts' card from the escalation as it now is; a failure is logged, the answer is not at stake. */
export async function refreshExpertsCard(client: Client, kb: KnowledgeBase, e: Escalation, logger: Logger, teamDomain?: string): Promise<void> {
  if (!e.expertsMessage) return;
  try {
    await client.chat.update({ ...e.expertsMessage, ...expertsCard(kb, e, teamDomain) });
  } catch (error) {
    logger.warn(`Could not update the experts' card for an escalation: ${reasonOf(error)}`);
  }
}

/** Sends an answered escalation's answer to the asker where they asked. Throws when Slack still fails after its retries. */
async function relay(client: Client, e: Escalation): Promise<void> {
  if (!e.where || !e.askerId || e.answer === null || !e.answeredBy || e.question === '') throw new Error('the asker is no longer known (older than 14 days)');
  const inThread = e.where.kind === 'thread';
  const message = relayedAnswer({ question: e.question, answer: e.answer, expertId: e.answeredBy, askerId: inThread ? e.askerId : null });
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
    logger.error(`An HR answer could not be delivered to its asker: ${failure}`, { event: 'hr-answer-undelivered', reason: failure });
    await deps.store.markDeliveryFailed(e.id, failure);
    return { escalation: { ...e, deliveryError: failure }, failure };
  }
  const at = new Date();
  await deps.store.markDelivered(e.id, at);
  logger.info('An HR answer was delivered to its asker.', { event: 'hr-answer-delivered' });
  return { escalation: { ...e, deliveredAt: at, deliveryError: null }, failure: null };
}
