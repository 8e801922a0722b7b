import type { SlackRequest } from './requests.ts';
import { signRequest } from './sign.ts';

/**
 * Posts a request to the app as Slack would: signed with the signing secret. `appUrl` is the app's
 * request URL; a bare origin (http://127.0.0.1:3000) gets `/slack/events` appended.
 * Headers in `extraHeaders` win, so a test can forge a signature or add `x-slack-retry-num`.
 */
export async function sendToApp(
  appUrl: string,
  signingSecret: string,
  request: SlackRequest,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const url = new URL(appUrl);
  if (url.pathname === '/') url.pathname = '/slack/events';
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': request.contentType,
      ...signRequest(signingSecret, request.body),
      ...lower(extraHeaders),
    },
    body: request.body,
  });
}

const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
