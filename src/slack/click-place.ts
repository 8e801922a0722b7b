import type { BlockAction, RespondFn, webApi } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';

/**
 * Where a button was clicked, which decides where its answer goes: `ephemeral` for a reply only the clicker
 * sees (answered through response_url), otherwise a channel and, in channels, the thread.
 */
export type ClickPlace = { ephemeral: boolean; channel: string; threadTs?: string; fromHome?: boolean };

// Direct-message channel ids start with D: a DM is answered flat, a channel in the thread.
export const isDirect = (channel: string) => channel.startsWith('D');

export function whereClicked(body: BlockAction): ClickPlace {
  const container = body.container as { type?: string; is_ephemeral?: boolean } | undefined;
  const channel = body.channel?.id;
  // From App Home (or anywhere without a channel), the user's DM with the app: posting to a user id opens it.
  if (container?.type === 'view' || !channel)
    return { ephemeral: false, channel: body.user.id, ...(container?.type === 'view' ? { fromHome: true } : {}) };
  const message = body.message as { ts?: string; thread_ts?: string } | undefined;
  const threadTs = message?.thread_ts ?? (isDirect(channel) ? undefined : message?.ts);
  return { ephemeral: container?.is_ephemeral === true, channel, ...(threadTs ? { threadTs } : {}) };
}

/** The thread part of a chat.postMessage / postEphemeral call for this place. */
export const threadOf = (place: { threadTs?: string }) => (place.threadTs ? { thread_ts: place.threadTs } : {});

type ClickReply = { text: string; blocks: KnownBlock[] };
type ClickArgs = { body: BlockAction; respond?: RespondFn; client: webApi.WebClient };

/** A reply only the clicker sees, next to what they clicked: through response_url, or posted as an ephemeral. */
export async function replyToClicker({ body, respond, client }: ClickArgs, reply: ClickReply): Promise<void> {
  if (respond) {
    await respond({ response_type: 'ephemeral', replace_original: false, ...reply });
    return;
  }
  const place = whereClicked(body);
  await client.chat.postEphemeral({ channel: place.channel, user: body.user.id, ...threadOf(place), ...reply });
}
