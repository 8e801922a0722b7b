import { describe, expect, it } from 'vitest';
import { AppTimeoutsSchema } from '../../src/slack/app.ts';

describe("the app's timeouts (createSlackApp's option, not the environment)", () => {
  it("default to Slack's: 15 s for a reply from Slack, 1 s before a first retry, 10 s for a request to arrive; tests may shorten them", () => {
    expect(AppTimeoutsSchema.parse({})).toEqual({
      slackReplyMs: 15_000,
      slackFirstRetryMs: 1_000,
      requestArrivalMs: 10_000,
    });
    expect(AppTimeoutsSchema.parse({ slackReplyMs: 2_000 })).toEqual({
      slackReplyMs: 2_000,
      slackFirstRetryMs: 1_000,
      requestArrivalMs: 10_000,
    });
  });

  it('refuses a value that is not a positive whole number of milliseconds up to 5 minutes, or a name it does not know', () => {
    for (const bad of [
      { slackReplyMs: 0 },
      { requestArrivalMs: -1 },
      { slackReplyMs: 1.5 },
      { slackFirstRetryMs: 0 },
      { requestArrivalMs: 600_000 },
      { idleMs: 1 },
    ]) {
      expect(() => AppTimeoutsSchema.parse(bad), JSON.stringify(bad)).toThrow();
    }
  });
});
