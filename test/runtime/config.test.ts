import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.ts';
import {
  CONFIG_HELP,
  ConfigError,
  hasSlackCredentials,
  readConfig,
  readKnowledgeWatch,
  readRedaction,
} from '../../src/runtime/config.ts';

const valid = { SLACK_BOT_TOKEN: 'xoxb-123', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

const problems = (env: Record<string, string>) => {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration', () => {
  it('sends the admin to a page of the repository that explains every variable', () => {
    const page = /See \.env\.example and (docs\/[\w-]+\.md)\./.exec(problems({ SLACK_BOT_TOKEN: 'nope' }))?.[1];
    expect(page).toBe('docs/configuration.md');
    const text = readFileSync(projectPath(page!), 'utf8');
    for (const variable of Object.keys(CONFIG_HELP)) expect(text).toContain(`| \`${variable}\` |`);
  });

  it('defaults to HTTP mode on port 3000 at info level', () => {
    expect(readConfig(valid)).toEqual({
      ...valid,
      PORT: 3000,
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'text',
      SHUTDOWN_GRACE_SECONDS: 8,
      INSIGHTS_ADMINS: [],
      KNOWLEDGE_WATCH: true,
      ESCALATIONS_PER_HOUR: 5,
      REDACT_PATIENT_DETAILS: true,
      ANSWER_CHANNELS: [],
      ANSWER_CHANNELS_HOURLY_CAP: 6,
    });
  });

  it('reads ANSWER_CHANNELS as channel ids, and refuses names', () => {
    expect(readConfig({ ...valid, ANSWER_CHANNELS: ' C0HR, G0PRIVATE ' }).ANSWER_CHANNELS).toEqual([
      'C0HR',
      'G0PRIVATE',
    ]);
    expect(problems({ ...valid, ANSWER_CHANNELS: '#hr-careers' })).toContain('ANSWER_CHANNELS must be channel ids');
    expect(problems({ ...valid, ANSWER_CHANNELS_HOURLY_CAP: '0' })).toContain(
      'ANSWER_CHANNELS_HOURLY_CAP must be at least 1',
    );
  });

  it('watches the knowledge folder unless KNOWLEDGE_WATCH is false, and names a value it cannot read', () => {
    expect(readConfig({ ...valid, KNOWLEDGE_WATCH: 'false' }).KNOWLEDGE_WATCH).toBe(false);
    expect(readKnowledgeWatch({ KNOWLEDGE_WATCH: ' ' })).toBe(true);
    expect(readKnowledgeWatch({ KNOWLEDGE_WATCH: 'no' })).toBe(false);
    expect(() => readKnowledgeWatch({ KNOWLEDGE_WATCH: 'sometimes' })).toThrow(/KNOWLEDGE_WATCH must be true or false/);
    expect(readRedaction({})).toBe(true);
    expect(readRedaction({ REDACT_PATIENT_DETAILS: 'false' })).toBe(false);
    expect(() => readRedaction({ REDACT_PATIENT_DETAILS: 'off' })).toThrow(
      /REDACT_PATIENT_DETAILS must be true or false/,
    );
  });

  it('counts an empty or blank variable as unset, as a copied .env.example leaves them', () => {
    const config = readConfig({ ...valid, SLACK_APP_TOKEN: '', SLACK_API_URL: '  ', PORT: '', LOG_LEVEL: '' });
    expect(config.SLACK_APP_TOKEN).toBeUndefined();
    expect(config.SLACK_API_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(hasSlackCredentials({ SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '' })).toBe(false);
    expect(hasSlackCredentials(valid)).toBe(true);
  });

  it('names each missing variable and where to get it', () => {
    const message = problems({ SLACK_BOT_TOKEN: '' });
    expect(message).toContain('SLACK_BOT_TOKEN is not set');
    expect(message).toContain('OAuth & Permissions');
    expect(message).toContain('SLACK_SIGNING_SECRET is not set');
    expect(message).toContain('Signing Secret');
  });

  it('names malformed values without echoing them', () => {
    const message = problems({
      SLACK_BOT_TOKEN: 'xoxp-secret-user-token',
      SLACK_SIGNING_SECRET: 'has spaces in it',
      SLACK_APP_TOKEN: 'xoxb-wrong-kind',
      SLACK_API_URL: 'not a url',
      PORT: '99999',
      LOG_LEVEL: 'verbose',
    });
    for (const name of [
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'SLACK_APP_TOKEN',
      'SLACK_API_URL',
      'PORT',
      'LOG_LEVEL',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).toContain('App-Level Tokens');
    expect(message).not.toContain('xoxp-secret-user-token');
    expect(message).not.toContain('has spaces in it');
  });

  it('selects Socket Mode settings and a custom API URL', () => {
    const config = readConfig({ ...valid, SLACK_APP_TOKEN: 'xapp-1-abc', SLACK_API_URL: 'https://slack-gov.com/api/' });
    expect(config.SLACK_APP_TOKEN).toBe('xapp-1-abc');
    expect(config.SLACK_API_URL).toBe('https://slack-gov.com/api/');
  });
});
