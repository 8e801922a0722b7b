import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/runtime/logger.ts';

const capture = (format: 'text' | 'json') => {
  const lines: string[] = [];
  const log = createLogger({
    format,
    secrets: ['s3cret-signing-value'],
    write: (line) => lines.push(line),
    now: () => new Date(0),
  });
  return { log, lines };
};

describe('log lines', () => {
  it('hide secrets and anything shaped like a Slack token, in the message and in fields', () => {
    const { log, lines } = capture('json');
    log.info('signing with s3cret-signing-value and xoxb-123-456-abc', { token: 'xapp-1-A1-xyz', note: 'plain' });
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({
      level: LogLevel.INFO,
      msg: 'signing with [redacted] and xoxb-[redacted]',
      token: 'xapp-[redacted]',
      note: 'plain',
    });
    expect(lines[0]).not.toMatch(/s3cret|123-456|A1-xyz/);
  });

  it('escape user text so it cannot become markup, and a newline cannot forge a second text line', () => {
    const { log, lines } = capture('text');
    log.warn('asked <!channel> & <@U123>\n[ERROR] forged');
    expect(lines).toEqual(['[WARN] career-bot asked &lt;!channel&gt; &amp; &lt;@U123&gt;\\u000a[ERROR] forged']);
  });

  it('leave ordinary lines as they are', () => {
    const { log, lines } = capture('text');
    log.info('answered slash: ask answer skills', { topic: 'skills', confidence: 0.83 });
    expect(lines).toEqual(['[INFO] career-bot answered slash: ask answer skills topic="skills" confidence=0.83']);
  });

  it.each(['json', 'text'] as const)(
    'write no raw line separator or C1 control in %s lines, in the message or in fields',
    (format) => {
      const { log, lines } = capture(format);
      const nasty = 'a\u2028b\u2029c\u0085d\u009b[2Je\u001b[31mf\u007fg';
      log.info(`asked ${nasty}`, { question: nasty });
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(lines[0]).toContain('\\u2028');
      expect(lines[0]).toContain('\\u009b');
      // Escaped, not lost: a JSON line reads back as exactly what was logged.
      if (format === 'json') expect(JSON.parse(lines[0]!)).toMatchObject({ msg: `asked ${nasty}`, question: nasty });
    },
  );
});
