import { parse } from 'node:querystring';
import { describe, expect, it } from 'vitest';
import { blockActions, slashCommand } from '../../src/emulator/index.ts';
import { parseForm } from '../../src/slack/form-body.ts';

// The receiver reads form bodies with its own parser (for speed on long texts); Bolt reads them with
// querystring.parse. Whatever the body, both must read the same fields.
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

describe('form bodies', () => {
  it.each(BODIES)('%s: read exactly as querystring.parse reads it', (_label, body) => {
    expect({ ...parseForm(body) }).toEqual({ ...parse(body) });
  });
});
