import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appMention,
  blockActions,
  DEFAULT_IDS,
  directMessage,
  messageTs,
  slashCommand,
  triggerId,
  viewSubmission,
  type RecordedCall,
} from '../../src/emulator/index.ts';
import { createDbEscalationStore } from '../../src/storage/escalations-db.ts';
import { ENGINES, openTestDatabase } from '../storage/engines.ts';
import { blockKitProblems } from '../blocks/check-message.ts';
import { buttonLabelled, buttonsOf, SIGNING_SECRET, startHarness, type Harness } from './harness.ts';

// "Ask the HR team", end to end through signed requests: the asker's click, the experts' card, the Answer
// button's modal (views.open), its view_submission, and the answer relayed to where the question was asked.

const EXPERTS = 'C0HREXPERTS';
const EXPERT = 'U0EXPERT';
const ASK = 'Ask the HR team';
const DECLINED = 'what does a plumber earn';
let dms = 0;

type Card = { text: string; blocks: unknown[]; channel?: string; thread_ts?: string };
const textOf = (message: object) => JSON.stringify(message);
/** What people read on a message: its texts, not the values its buttons carry back to the app. */
const visibleText = (message: object) => JSON.stringify(message, (key, value) => (key === 'value' ? undefined : value));
let responses = 0;

describe('Ask the HR team', () => {
  let h: Harness;
  beforeAll(async () => {
    // One asker sends many questions here: the hourly limit is tested on its own. A failed delivery is retried
    // after 50 ms instead of the app's 1 s, so as not to wait out the backoff (a Retry-After is still waited for).
    h = await startHarness(
      {},
      { env: { EXPERTS_CHANNEL: EXPERTS, ESCALATIONS_PER_HOUR: '1000' }, timeouts: { slackFirstRetryMs: 50 } },
    );
  });
  afterAll(() => h.close());

  /**
   * A DM to the bot, and the card it answered with. Each escalation starts a DM of its own (another person's),
   * so no test's question is read as a follow-up of another's.
   */
  const dm = async (
    text: string,
    channel: string = DEFAULT_IDS.dmChannelId,
  ): Promise<{ card: Card; ts: string; channel: string }> => {
    const mark = h.standIn.mark();
    await h.send(directMessage({ text, channel }));
    const reply = (c: RecordedCall) =>
      c.method === 'chat.postMessage' && c.args.channel === channel && !textOf(c.args).includes('hr-answer-from');
    const call = await h.standIn.waitFor(reply, { after: mark });
    return { card: call.args as Card, ts: (call.result as { ts: string }).ts, channel };
  };

  /** Clicks a button on a message the bot posted in the DM; returns what came back through the click's response_url. */
  const click = async (
    card: Card,
    label: string,
    where: { channel: string; ts: string; threadTs?: string; user?: string },
  ) => {
    const button = buttonLabelled(card, label);
    const id = `esc-${++responses}`;
    const res = await h.send(
      blockActions({
        action_id: button.action_id,
        value: button.value,
        user_id: where.user ?? DEFAULT_IDS.userId,
        channel_id: where.channel,
        container: { type: 'message', message_ts: where.ts, channel_id: where.channel, is_ephemeral: false },
        message: {
          type: 'message',
          ts: where.ts,
          ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
          text: card.text,
          blocks: card.blocks,
        },
        response_url: h.standIn.responseUrl(id),
      }),
    );
    expect(res.status).toBe(200);
    return id;
  };
  const reply = async (id: string) =>
    (await h.standIn.waitFor((c) => c.kind === 'response_url' && c.responseId === id)).args as Card;

  /** Escalates a question from the DM; returns the experts' card as posted and its ts. */
  const escalateFromDm = async (question: string) => {
    const { card, ts, channel } = await dm(question, `D0ASKER${++dms}`);
    const mark = h.standIn.mark();
    const id = await click(card, ASK, { channel, ts });
    const posted = await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === EXPERTS, {
      after: mark,
    });
    return {
      expertsCard: posted.args as Card,
      expertsTs: (posted.result as { ts: string }).ts,
      confirmation: await reply(id),
      dm: channel,
    };
  };

  /** The expert clicks Answer: the app must open the modal with the click's trigger_id. */
  const openModal = async (expertsCard: Card, expertsTs: string, user = EXPERT) => {
    const mark = h.standIn.mark();
    await click(expertsCard, 'Answer', { channel: EXPERTS, ts: expertsTs, user });
    const opened = await h.standIn.waitFor('views.open', { after: mark });
    return (opened.result as { view: { id: string } }).view.id;
  };
  const submit = (viewId: string, answer: string, user = EXPERT) =>
    h.standIn.modals.submit(
      viewId,
      { answer: { text: { type: 'plain_text_input', value: answer } } },
      { appUrl: h.app.url!, signingSecret: SIGNING_SECRET },
      user,
    );

  it('offers the HR team on a declined question, and one click sends it to the experts channel as a card', async () => {
    const { card } = await dm(DECLINED);
    expect(buttonsOf(card).map((b) => b.text.text)).toContain(`:raising_hand: ${ASK}`);
    expect(blockKitProblems(card)).toEqual([]);
    const { expertsCard, confirmation } = await escalateFromDm(`${DECLINED} <!channel>`);
    const shown = visibleText(expertsCard);
    expect(shown).toContain(`“${DECLINED} &lt;!channel&gt;”`);
    expect(shown).not.toContain('<!channel>');
    expect(shown).toContain(`Asked by <@${DEFAULT_IDS.userId}> in a direct message with career-bot`);
    expect(shown).toContain('career-bot declined it');
    expect(buttonsOf(expertsCard).map((b) => b.text.text)).toContain(':pencil: Answer');
    expect(blockKitProblems(expertsCard)).toEqual([]);
    expect(textOf(confirmation)).toContain('Sent to the HR team');
    expect((confirmation as { response_type?: string }).response_type).toBe('ephemeral');
  });

  it('offers it where the article does not cover what was asked, and the experts see what the bot said was missing', async () => {
    const { expertsCard } = await escalateFromDm('how much does the CCM exam cost');
    const shown = visibleText(expertsCard);
    expect(shown).toContain(
      '*career-bot answered with* Case manager · Licenses and certifications, *and said the article does not cover it*',
    );
    expect(shown).toContain('Nothing in the article says what certification or its exam costs');
  });

  it('a second click on the same question does not send it twice', async () => {
    const question = 'can I bring my dog to work';
    const { dm: channel } = await escalateFromDm(question);
    const { card, ts } = await dm(question, channel);
    const before = h.standIn.callsTo('chat.postMessage').filter((c) => c.args.channel === EXPERTS).length;
    const id = await click(card, ASK, { channel, ts });
    expect(textOf(await reply(id))).toContain('already has this question');
    await expect
      .poll(() =>
        h.logs.some((l) => l.level === 'info' && l.text.startsWith('answered button:escalate: ask-hr-already-sent')),
      )
      .toBe(true);
    expect(h.standIn.callsTo('chat.postMessage').filter((c) => c.args.channel === EXPERTS)).toHaveLength(before);
  });

  it('Answer opens a modal with the question at once; the submitted answer reaches the DM from a person, and the card shows who answered', async () => {
    const { expertsCard, expertsTs, dm: channel } = await escalateFromDm('does the hospital pay for parking');
    const viewId = await openModal(expertsCard, expertsTs);
    expect(textOf(h.standIn.modals.get(viewId)!)).toContain('does the hospital pay for parking');
    const mark = h.standIn.mark();
    const result = await submit(viewId, 'Yes: staff parking is free <!here> after 6 pm.');
    expect(result.outcome).toBe('updated');
    const delivered = await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === channel, {
      after: mark,
    });
    const answer = textOf(delivered.args);
    expect(answer).toContain(`<@${EXPERT}> from the HR team`);
    expect(answer).toContain('staff parking is free &lt;!here&gt; after 6 pm');
    expect(answer).not.toContain('Source:');
    expect(blockKitProblems(delivered.args as Card)).toEqual([]);
    const updated = await h.standIn.waitFor(
      (c) => c.method === 'chat.update' && textOf(c.args).includes('Delivered to the asker'),
      { after: mark },
    );
    expect(updated.args.ts).toBe(expertsTs);
    expect(textOf(updated.args)).toContain(`Answered by <@${EXPERT}>`);
    expect(buttonsOf(updated.args as Card).map((b) => b.text.text)).not.toContain(':pencil: Answer');
    const modal = await h.standIn.waitFor((c) => c.method === 'views.update' && c.args.view_id === viewId, {
      after: mark,
    });
    expect(textOf(modal.args)).toContain('delivered to the asker');
  });

  it('a second expert submitting the same question is told it was already answered, and by whom', async () => {
    const { expertsCard, expertsTs } = await escalateFromDm('is there a night shift bonus');
    const first = await openModal(expertsCard, expertsTs);
    const second = await openModal(expertsCard, expertsTs, 'U0OTHER');
    const mark = h.standIn.mark();
    await submit(first, 'Yes, 10 %.');
    await h.standIn.waitFor((c) => c.method === 'views.update' && c.args.view_id === first, { after: mark });
    const result = await submit(second, 'I think so.', 'U0OTHER');
    expect(result.outcome).toBe('updated');
    expect(textOf(result)).toContain(`already answered by <@${EXPERT}>`);
  });

  it('an empty answer is refused in the modal itself', async () => {
    const { expertsCard, expertsTs } = await escalateFromDm('what time does the cafeteria close');
    const result = await submit(await openModal(expertsCard, expertsTs), '   ');
    expect(result).toEqual({ outcome: 'errors', errors: { answer: 'Write an answer before sending it.' } });
  });

  it('a forged or stale button, or a submission for an unknown question, gets a clear answer, never a crash', async () => {
    const id = `stale-${++responses}`;
    await h.send(
      blockActions({
        action_id: 'escalate:ask',
        value: '{"e":"nonsense","q":""}',
        response_url: h.standIn.responseUrl(id),
      }),
    );
    expect(visibleText(await reply(id))).toMatch(/button|again|help/i);
    const forged = await h.send(
      viewSubmission({
        view: {
          id: 'V0FORGED',
          type: 'modal',
          callback_id: 'hr-answer-modal',
          private_metadata: '{"id":"no-such-escalation"}',
          blocks: [],
        },
        values: { answer: { text: { type: 'plain_text_input', value: 'An answer.' } } },
      }),
    );
    expect(textOf(await forged.json())).toContain('This answer was not accepted');
    for (const metadata of ['not json', '']) {
      const res = await h.send(
        viewSubmission({
          view: {
            id: 'V0FORGED',
            type: 'modal',
            callback_id: 'hr-answer-modal',
            private_metadata: metadata,
            blocks: [],
          },
          values: { answer: { text: { type: 'plain_text_input', value: 'An answer.' } } },
        }),
      );
      expect(res.status).toBe(200);
      expect(textOf(await res.json())).toContain('no longer open');
    }
  });

  it('opens the modal even when the click came 2.5 s ago (Slack allows 3 s), and the stand-in refuses an older trigger', async () => {
    const { expertsCard, expertsTs } = await escalateFromDm('what is the dress code');
    const button = buttonLabelled(expertsCard, 'Answer');
    const mark = h.standIn.mark();
    await h.send(
      blockActions({
        action_id: button.action_id,
        value: button.value,
        user_id: EXPERT,
        channel_id: EXPERTS,
        trigger_id: triggerId(Date.now() - 2_500),
        container: { type: 'message', message_ts: expertsTs, channel_id: EXPERTS, is_ephemeral: false },
      }),
    );
    const opened = await h.standIn.waitFor('views.open', { after: mark });
    expect((opened.result as { ok: boolean }).ok).toBe(true);
    const stale = await fetch(`${h.standIn.apiUrl}views.open`, {
      method: 'POST',
      headers: { authorization: 'Bearer xoxb-test-token-123', 'content-type': 'application/json' },
      body: JSON.stringify({
        trigger_id: triggerId(Date.now() - 3_500),
        view: { type: 'modal', title: { type: 'plain_text', text: 'x' }, blocks: [] },
      }),
    });
    expect(await stale.json()).toMatchObject({ ok: false, error: 'expired_trigger_id' });
  });

  it('a question from a mention is answered in its thread, mentioning the asker; the card links to the thread', async () => {
    const ts = messageTs();
    const mark = h.standIn.mark();
    await h.send(appMention({ text: `<@${DEFAULT_IDS.botUserId}> ${DECLINED} in the garage`, ts }));
    const answered = await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts, {
      after: mark,
    });
    const card = answered.args as Card;
    const mark2 = h.standIn.mark();
    await click(card, ASK, {
      channel: DEFAULT_IDS.channelId,
      ts: (answered.result as { ts: string }).ts,
      threadTs: ts,
    });
    const posted = await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === EXPERTS, {
      after: mark2,
    });
    expect(textOf(posted.args)).toContain(
      `https://${DEFAULT_IDS.teamDomain}.slack.com/archives/${DEFAULT_IDS.channelId}/p${ts.replace('.', '')}`,
    );
    const viewId = await openModal(posted.args as Card, (posted.result as { ts: string }).ts);
    const mark3 = h.standIn.mark();
    await submit(viewId, 'Ask facilities.');
    const delivered = await h.standIn.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args.channel === DEFAULT_IDS.channelId,
      { after: mark3 },
    );
    expect(delivered.args.thread_ts).toBe(ts);
    expect(textOf(delivered.args)).toContain(
      `<@${DEFAULT_IDS.userId}>, :raising_hand: *<@${EXPERT}> from the HR team*`,
    );
  });

  it('a question from /career is answered by DM', async () => {
    const res = await h.send(slashCommand({ text: 'where is the gym' }));
    const card = (await res.json()) as Card;
    const button = buttonLabelled(card, ASK);
    const mark = h.standIn.mark();
    const id = `slash-${++responses}`;
    await h.send(
      blockActions({ action_id: button.action_id, value: button.value, response_url: h.standIn.responseUrl(id) }),
    );
    expect(textOf(await reply(id))).toContain('Sent to the HR team');
    const posted = await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === EXPERTS, {
      after: mark,
    });
    expect(textOf(posted.args)).toContain(`with /career in <#${DEFAULT_IDS.channelId}>`);
    const viewId = await openModal(posted.args as Card, (posted.result as { ts: string }).ts);
    const mark2 = h.standIn.mark();
    await submit(viewId, 'Building B.');
    const delivered = await h.standIn.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args.channel === DEFAULT_IDS.userId,
      { after: mark2 },
    );
    expect(textOf(delivered.args)).toContain('Building B.');
  });

  it('after a 👎, the HR team is offered, and the card says the asker found the answer not helpful', async () => {
    const { card, ts, channel } = await dm('what does a case manager do', 'D0THUMBS');
    const id = await click(card, 'Not helpful', { channel, ts });
    const ack = await reply(id);
    const mark = h.standIn.mark();
    const id2 = `down-${++responses}`;
    const button = buttonLabelled(ack, ASK);
    // The 👎 reply is ephemeral: Slack sends no message with the click.
    await h.send(
      blockActions({
        action_id: button.action_id,
        value: button.value,
        channel_id: channel,
        response_url: h.standIn.responseUrl(id2),
      }),
    );
    const posted = await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === EXPERTS, {
      after: mark,
    });
    expect(textOf(posted.args)).toContain('the asker marked it not helpful');
    expect(textOf(posted.args)).toContain('in a direct message with career-bot');
  });

  it('a delivery Slack refuses for good is shown to the expert on the modal and the card, with a way to try again', async () => {
    const { expertsCard, expertsTs, dm: channel } = await escalateFromDm('can I swap shifts');
    const viewId = await openModal(expertsCard, expertsTs);
    const mark = h.standIn.mark();
    h.standIn.fail('chat.postMessage', { kind: 'error', error: 'channel_not_found' });
    await submit(viewId, 'Yes, with your manager.');
    const card = await h.standIn.waitFor(
      (c) => c.method === 'chat.update' && textOf(c.args).includes('Not delivered'),
      { after: mark },
    );
    expect(textOf(card.args)).toContain('channel_not_found');
    const modal = await h.standIn.waitFor((c) => c.method === 'views.update' && c.args.view_id === viewId, {
      after: mark,
    });
    expect(textOf(modal.args)).toContain('could not be delivered');
    const mark2 = h.standIn.mark();
    await click(card.args as Card, 'Try delivering again', { channel: EXPERTS, ts: expertsTs, user: EXPERT });
    const delivered = await h.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === channel, {
      after: mark2,
    });
    expect(textOf(delivered.args)).toContain('Yes, with your manager.');
    await h.standIn.waitFor((c) => c.method === 'chat.update' && textOf(c.args).includes('Delivered to the asker'), {
      after: mark2,
    });
  });

  it.each([
    ['a 500', { kind: 'status', status: 500 }],
    ['a 429 with Retry-After', { kind: 'rate-limit', retryAfterSeconds: 1 }],
    ['a dropped connection', { kind: 'drop' }],
  ] as const)(
    'a delivery that meets %s is retried, and arrives',
    async (_name, fault) => {
      const { expertsCard, expertsTs, dm: channel } = await escalateFromDm(`where do I pick up scrubs (${fault.kind})`);
      const viewId = await openModal(expertsCard, expertsTs);
      const mark = h.standIn.mark();
      h.standIn.fail('chat.postMessage', fault);
      await submit(viewId, 'Laundry, basement.');
      const delivered = await h.standIn.waitFor(
        (c: RecordedCall) => c.method === 'chat.postMessage' && c.args.channel === channel,
        { after: mark, timeoutMs: 15_000 },
      );
      expect(textOf(delivered.args)).toContain('Laundry, basement.');
      expect(h.standIn.calls.filter((c) => c.seq > mark && c.fault === fault.kind)).toHaveLength(1);
    },
    20_000,
  );
});

describe('Ask the HR team: set-up', () => {
  it('without EXPERTS_CHANNEL, no card offers it', async () => {
    const h = await startHarness();
    try {
      await h.send(directMessage({ text: DECLINED }));
      const card = await h.standIn.waitFor('chat.postMessage');
      expect(textOf(card.args)).not.toMatch(/HR team/);
    } finally {
      await h.close();
    }
  });

  it('at start-up, checks it can post to the experts channel without posting anything, and says so', async () => {
    const // One asker sends many questions here: the hourly limit is tested on its own.
      h = await startHarness({}, { env: { EXPERTS_CHANNEL: EXPERTS, ESCALATIONS_PER_HOUR: '1000' } });
    try {
      const scheduled = await h.standIn.waitFor('chat.scheduleMessage');
      expect(scheduled.args.channel).toBe(EXPERTS);
      const deleted = await h.standIn.waitFor('chat.deleteScheduledMessage');
      expect(deleted.args.scheduled_message_id).toBe(
        (scheduled.result as { scheduled_message_id: string }).scheduled_message_id,
      );
      await expect
        .poll(() =>
          h.logs.some(
            (l) =>
              l.level === 'info' &&
              l.text.includes(`questions go to EXPERTS_CHANNEL=${EXPERTS}, where career-bot can post`),
          ),
        )
        .toBe(true);
      expect(h.standIn.callsTo('chat.postMessage')).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('when career-bot is not in the experts channel, the start-up log says so and how to fix it, and the asker is told', async () => {
    const notIn = (args: Record<string, unknown>, ok: Record<string, unknown>) =>
      args.channel === EXPERTS ? { ok: false, error: 'not_in_channel' } : ok;
    const h = await startHarness(
      {
        handlers: {
          'chat.postMessage': (args) => notIn(args, { ok: true, channel: args.channel, ts: messageTs() }),
          'chat.scheduleMessage': (args) => notIn(args, { ok: true, scheduled_message_id: 'Q1' }),
        },
      },
      { env: { EXPERTS_CHANNEL: EXPERTS } },
    );
    try {
      const fix = `EXPERTS_CHANNEL=${EXPERTS} (not_in_channel): career-bot is not a member of it: invite it there (/invite @career-bot)`;
      await expect
        .poll(() =>
          h.logs.some(
            (l) => l.level === 'error' && l.text.startsWith('Ask the HR team will not work') && l.text.includes(fix),
          ),
        )
        .toBe(true);
      const res = await h.send(slashCommand({ text: DECLINED }));
      const button = buttonLabelled((await res.json()) as Card, ASK);
      await h.send(
        blockActions({ action_id: button.action_id, value: button.value, response_url: h.standIn.responseUrl('nic') }),
      );
      const told = await h.standIn.waitFor((c) => c.responseId === 'nic');
      expect(textOf(told.args)).toContain('could not be sent to the HR team');
      expect(
        h.logs.some(
          (l) =>
            l.level === 'error' &&
            l.text.includes(
              `EXPERTS_CHANNEL=${EXPERTS} (not_in_channel): career-bot is not a member of it: invite it there`,
            ),
        ),
      ).toBe(true);
    } finally {
      await h.close();
    }
  });

  it.each(ENGINES)(
    'two instances on one store (%s): a question escalated through one is answered through the other',
    async (engine) => {
      const shared = await openTestDatabase(engine);
      const store = createDbEscalationStore(shared.database);
      const options = { env: { EXPERTS_CHANNEL: EXPERTS }, escalations: store };
      const a = await startHarness({}, options);
      const b = await startHarness({}, options);
      try {
        const res = await a.send(slashCommand({ text: 'is the canteen open on sundays' }));
        const button = buttonLabelled((await res.json()) as Card, ASK);
        await a.send(
          blockActions({
            action_id: button.action_id,
            value: button.value,
            response_url: a.standIn.responseUrl('two'),
          }),
        );
        const posted = await a.standIn.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === EXPERTS);
        const answer = buttonLabelled(posted.args as Card, 'Answer');
        await b.send(
          blockActions({ action_id: answer.action_id, value: answer.value, user_id: EXPERT, channel_id: EXPERTS }),
        );
        const opened = await b.standIn.waitFor('views.open');
        const viewId = (opened.result as { view: { id: string } }).view.id;
        await b.standIn.modals.submit(
          viewId,
          { answer: { text: { type: 'plain_text_input', value: 'From 8 to 2.' } } },
          { appUrl: b.app.url!, signingSecret: SIGNING_SECRET },
          EXPERT,
        );
        const delivered = await b.standIn.waitFor(
          (c) => c.method === 'chat.postMessage' && c.args.channel === DEFAULT_IDS.userId,
        );
        expect(textOf(delivered.args)).toContain('From 8 to 2.');
        await b.standIn.waitFor((c) => c.method === 'views.update' && textOf(c.args).includes('delivered'));
        expect((await store.list())[0]).toMatchObject({
          answer: 'From 8 to 2.',
          answeredBy: EXPERT,
          askerId: null,
          where: null,
        });
      } finally {
        await a.close();
        await b.close();
        await shared.close();
      }
    },
    30_000,
  );
});
