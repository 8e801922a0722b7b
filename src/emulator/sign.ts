import { createHmac } from 'node:crypto';

/**
 * The headers Slack adds to every request it sends an app: a v0 HMAC-SHA256 of `v0:<timestamp>:<raw body>`.
 * The content type is left to the caller, because it depends on what is sent (form or JSON).
 * A body given as bytes is signed byte for byte, as Slack does, even when it is not valid UTF-8.
 */
export function signRequest(
  signingSecret: string,
  rawBody: string | Uint8Array,
  timestamp: number = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(rawBody).digest('hex');
  return {
    'x-slack-signature': `v0=${digest}`,
    'x-slack-request-timestamp': String(timestamp),
  };
}
