import type { webApi, Authorize, Logger } from '@slack/bolt';

/**
 * Single-workspace authorisation that remembers the bot's identity only once auth.test succeeded.
 * Bolt's built-in one caches the first auth.test promise, failed or not: one bad moment at start-up
 * would leave the app unable to answer until restarted.
 */
export function cachedAuthorize(
  token: string,
  client: webApi.WebClient,
  logger: Logger,
): { authorize: Authorize<boolean>; warmUp: () => Promise<void> } {
  let identity: Promise<{ botUserId: string; botId: string; teamId?: string }> | undefined;
  const lookUp = () => {
    identity ??= client.auth
      .test({ token })
      .then((r) => ({ botUserId: r.user_id!, botId: r.bot_id!, ...(r.team_id ? { teamId: r.team_id } : {}) }))
      .catch((error: unknown) => {
        identity = undefined;
        logger.warn(`auth.test failed; will try again on the next request: ${(error as Error).message}`);
        throw error;
      });
    return identity;
  };
  return {
    authorize: async () => ({ botToken: token, ...(await lookUp()) }),
    // Checked once at start-up so a revoked token shows in the log at once, not at the first question.
    warmUp: () => lookUp().then(() => undefined),
  };
}
