import { escapeForSlack, escapeForSlackWithMarkdown } from 'slack-to-html';
import { escapeText } from '../blocks/index.ts';
import { USER_NAMES } from './ids.ts';

/**
 * Slack mrkdwn and plain text as HTML. slack-to-html escapes `&`, `<`, `>` in everything that is not
 * a well-formed control sequence (`<https://…|label>`, `<!channel>`), so text can never become markup;
 * links are only made for http(s) and mailto targets and their attributes are quoted and escaped.
 */
export function mrkdwnToHtml(text: string): string {
  return escapeForSlackWithMarkdown(text, { users: USER_NAMES });
}

/** A plain_text object: Slack still turns `:emoji:` into emoji there (with `emoji: true`, the default). */
export function plainTextToHtml(text: string, emoji = true): string {
  return emoji ? escapeForSlack(escapeText(text)) : escapeHtml(text);
}

/** For attribute values and anything outside the mrkdwn path. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
