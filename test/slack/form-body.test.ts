import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockActions, FORM, slashCommand } from '../../src/emulator/index.ts';
import { startHarness as slackApp } from './harness.ts';

// The receiver reads form bodies with querystring.parse, as Bolt does. Whatever the body, a signed request is
// answered: read as Slack meant it, or refused with a clear status, never a crash.
const BODIES: Array<[string, string]> = [
  ['a slash command', slashCommand({ text: 'what does a care manager earn? <!channel> & 100% "sure"' }).body],
  ['a click', blockActions({ action_id: 'open:topic', value: JSON.stringify({ k: 'ask', q: 'é ü 看护 🙂 +' }) }).body],
  ['repeated, empty and valueless fields', 'a=1&a=2&a=3&&b&=x&c'],
  ['broken percent escapes', 'c=%zz&d=%E2%82&f=%C3%A9&g=%2&h=%ED%A0%80&i=%FF+x&%=%'],
  ['plus signs, encoded and not', 'e=%E2%82%AC+%2B+&x%20y=1+2'],
  ['raw non-ASCII characters', 'a=é+ü&b=看护'],
  ['more than 1000 fields', Array.from({ length: 1500 }, (_, i) => `k${i}=v`).join('&')],
  ['prototype-shaped keys', '__proto__=x&constructor=y&toString=z'],
  ['a 200,000-word text', slashCommand({ text: 'very '.repeat(200_000) }).body],
];

describe('form bodies, read by the running app', () => {
  let harness: Awaited<ReturnType<typeof slackApp>>;
  beforeAll(async () => {
    harness = await slackApp();
  });
  afterAll(() => harness.close());

  it.each(BODIES)('%s: answered or refused with a clear status, never a crash', async (_label, body) => {
    const response = await harness.send({ body, contentType: FORM });
    expect([200, 400]).toContain(response.status);
    // Still answering afterwards.
    const after = await harness.send(slashCommand({ text: 'help' }));
    expect(after.status).toBe(200);
  });

  it('a slash command with Slack markup and signs is read as typed', async () => {
    const response = await harness.send(
      slashCommand({ text: 'what does a care manager earn? <!channel> & 100% "sure"' }),
    );
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toMatch(/\$58,670/);
  });
});
