import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ANSWER_SHORTCUT, COMMAND } from '../src/records/manifest.ts';

// Slack's manifest JSON schema (MIT, https://github.com/slackapi/manifest-schema v0.5.0), copied into
// test/fixtures so CI can validate without the network. The top-level schema dispatches on
// _metadata.major_version to the versioned schemas, which it references by their published URLs.
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/manifest-schema/${name}`, import.meta.url), 'utf8'));
const PUBLISHED = 'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/';

function manifestValidator() {
  const ajv = new Ajv({ allErrors: true });
  // The schema uses a non-standard `regex` keyword (for colours): enforce it rather than ignore it.
  ajv.addKeyword({
    keyword: 'regex',
    type: 'string',
    schemaType: 'string',
    validate: (re: string, data: string) => new RegExp(re).test(data),
  });
  // `_note` is a comment for humans; declared so strict mode accepts it.
  ajv.addKeyword({ keyword: '_note', schemaType: 'string' });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  for (const version of ['1.0.0', '2.0.0'])
    ajv.addSchema(fixture(`manifest.schema.${version}.json`), `${PUBLISHED}manifest.schema.${version}.json`);
  return ajv.compile(fixture('manifest.schema.json'));
}

const manifest = parse(readFileSync(new URL('../manifest.yml', import.meta.url), 'utf8'));

describe('manifest.yml', () => {
  it("validates against Slack's manifest schema", () => {
    const validate = manifestValidator();
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the validator does reject a broken manifest', () => {
    const validate = manifestValidator();
    expect(validate({ ...manifest, settings: { ...manifest.settings, socket_mode_enabled: 'yes' } })).toBe(false);
    expect(
      validate({ ...manifest, display_information: { ...manifest.display_information, background_color: 'blue' } }),
    ).toBe(false);
    expect(validate({ features: manifest.features })).toBe(false);
  });

  it('declares the slash command the app listens to, with a usage hint', () => {
    const [command] = manifest.features.slash_commands;
    expect(command.command).toBe(COMMAND);
    expect(command.usage_hint).toMatch(/compare/);
  });

  it('subscribes to the events the app handles, with the scopes they need', () => {
    expect(new Set(manifest.settings.event_subscriptions.bot_events)).toEqual(
      new Set([
        'app_mention',
        'message.im',
        'message.channels',
        'message.groups',
        'app_home_opened',
        'assistant_thread_started',
      ]),
    );
    expect(new Set(manifest.oauth_config.scopes.bot)).toEqual(
      new Set([
        'app_mentions:read',
        'im:history',
        'channels:history',
        'groups:history',
        'chat:write',
        'commands',
        'assistant:write',
        'channels:read',
        'groups:read',
      ]),
    );
  });

  it('declares the "Answer with career-bot" message shortcut the app listens to', () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ name: 'Answer with career-bot', type: 'message', callback_id: ANSWER_SHORTCUT }),
    ]);
  });

  it('has the assistant view, whose new chats get suggested prompts', () => {
    expect(manifest.features.assistant_view.assistant_description).toMatch(/case managers and care managers/);
  });

  it('enables interactivity, App Home with its Messages tab, and Socket Mode', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
