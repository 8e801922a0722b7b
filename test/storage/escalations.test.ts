import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { insightsReport } from '../../src/storage/report.ts';
import { createDbEscalationStore } from '../../src/storage/escalations-db.ts';
import { shortId } from '../../src/storage/escalation-report.ts';
import type { EscalationStore, NewEscalation } from '../../src/storage/escalations.ts';
import { bundled } from '../support/bundled.ts';
import { ENGINES, openTestDatabase } from './engines.ts';

const DAY = 24 * 60 * 60 * 1000;
const run = promisify(execFile);
const asked = (question: string, askerId = 'U0ASKER'): NewEscalation => ({
  question,
  reason: 'not-covered',
  topic: 'certification',
  roles: ['case-manager'],
  gap: 'The article does not say what the CCM exam costs.',
  askerId,
  where: { kind: 'thread', channel: 'C0GENERAL', threadTs: '1700000000.000100' },
});

// The same behaviour on both engines: the Slack layer cannot tell them apart.
describe.each(ENGINES)('the escalation store (%s)', (engine) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
  afterEach(() => opened?.close());
  const open = async (): Promise<EscalationStore> => {
    opened = await openTestDatabase(engine);
    return createDbEscalationStore(opened.database);
  };

  it('keeps what the experts need, and makes one escalation per asker and question however often it is clicked', async () => {
    const store = await open();
    const first = await store.create(asked('How much does the CCM exam cost?'));
    expect(first.created).toBe(true);
    expect(first.escalation).toMatchObject({
      question: 'How much does the CCM exam cost?',
      topic: 'certification',
      roles: ['case-manager'],
      askerId: 'U0ASKER',
      answeredAt: null,
    });
    expect(first.escalation.where).toEqual({ kind: 'thread', channel: 'C0GENERAL', threadTs: '1700000000.000100' });
    const again = await store.create(asked('how much does the  CCM exam cost?'));
    expect(again).toMatchObject({ created: false, escalation: { id: first.escalation.id } });
    const clicks = await Promise.all([1, 2, 3].map(() => store.create(asked('is parking free'))));
    expect(clicks.filter((c) => c.created)).toHaveLength(1);
    expect((await store.create(asked('How much does the CCM exam cost?', 'U0OTHER'))).created).toBe(true);
    expect(await store.list()).toHaveLength(3);
  });

  it('lets the first answer win; the second learns who answered', async () => {
    const store = await open();
    const { escalation } = await store.create(asked('is parking free'));
    await store.setExpertsMessage(escalation.id, { channel: 'C0HREXPERTS', ts: '1700000001.000200' });
    const [a, b] = await Promise.all([
      store.claimAnswer(escalation.id, { text: 'Yes.', by: 'U0EXPERT' }),
      store.claimAnswer(escalation.id, { text: 'No.', by: 'U0OTHER' }),
    ]);
    expect([a.won, b.won].filter(Boolean)).toHaveLength(1);
    const winner = a.won ? a : b;
    const loser = a.won ? b : a;
    expect(loser.escalation).toMatchObject({
      answer: winner.escalation!.answer,
      answeredBy: winner.escalation!.answeredBy,
    });
    expect(winner.escalation!.expertsMessage).toEqual({ channel: 'C0HREXPERTS', ts: '1700000001.000200' });
    expect((await store.claimAnswer('no-such-id', { text: 'x', by: 'U0EXPERT' })).won).toBe(false);
  });

  it('deletes the asker once the answer is delivered; the same question may then be asked again', async () => {
    const store = await open();
    const { escalation } = await store.create(asked('is parking free'));
    await store.claimAnswer(escalation.id, { text: 'Yes.', by: 'U0EXPERT' });
    await store.markDeliveryFailed(escalation.id, 'channel_not_found');
    expect(await store.get(escalation.id)).toMatchObject({ deliveryError: 'channel_not_found', askerId: 'U0ASKER' });
    const retries = await Promise.all([store.claimRedelivery(escalation.id), store.claimRedelivery(escalation.id)]);
    expect(retries.filter(Boolean)).toHaveLength(1);
    await store.markDelivered(escalation.id);
    const delivered = await store.get(escalation.id);
    expect(delivered).toMatchObject({ askerId: null, where: null, deliveryError: null, answer: 'Yes.' });
    expect(delivered!.deliveredAt).toBeInstanceOf(Date);
    expect((await store.create(asked('is parking free'))).created).toBe(true);
  });

  it('deletes user ids after 14 days, and question and answer text after the retention period', async () => {
    const store = await open();
    const now = new Date();
    const old = await store.create(asked('an old question'), new Date(now.getTime() - 15 * DAY));
    await store.claimAnswer(old.escalation.id, { text: 'An old answer.', by: 'U0EXPERT' });
    const recent = await store.create(asked('a recent question'), new Date(now.getTime() - DAY));
    expect(await store.purgeUserIds(now)).toBe(1);
    expect(await store.get(old.escalation.id)).toMatchObject({
      askerId: null,
      where: null,
      answeredBy: null,
      answer: 'An old answer.',
    });
    expect(await store.get(recent.escalation.id)).toMatchObject({ askerId: 'U0ASKER' });
    expect(await store.purgeUserIds(now)).toBe(0);
    expect(await store.forgetText(new Date(now.getTime() - 10 * DAY))).toBe(1);
    expect(await store.get(old.escalation.id)).toMatchObject({ question: '', answer: null, gap: null });
    expect(await store.get(recent.escalation.id)).toMatchObject({ question: 'a recent question' });
    expect(await store.list(new Date(now.getTime() - 2 * DAY))).toHaveLength(1);
  });
});

describe.each(ENGINES)('with INSIGHTS_STORE_TEXT=false (%s)', (engine) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
  afterEach(() => opened?.close());

  it('keeps question and answer text only until the answer is delivered', async () => {
    opened = await openTestDatabase(engine);
    const store = createDbEscalationStore(opened.database, { keepText: false });
    const { escalation } = await store.create(asked('is parking free'));
    await store.claimAnswer(escalation.id, { text: 'Yes.', by: 'U0EXPERT' });
    expect(await store.get(escalation.id)).toMatchObject({ question: 'is parking free', answer: 'Yes.' });
    await store.markDelivered(escalation.id);
    expect(await store.get(escalation.id)).toMatchObject({
      question: '',
      answer: null,
      gap: null,
      askerId: null,
      answeredBy: 'U0EXPERT',
    });
    expect((await insightsReport(opened.database)).escalated).toBe(1);
    expect((await insightsReport(opened.database)).answeredByHr).toEqual([]);
  });
});

describe.each(ENGINES)('insights on the HR team (%s)', (engine) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
  afterEach(() => opened?.close());

  it('counts what was sent, lists what the HR team answered as candidates, and what waits more than two days; `npm run insights` shows them', async () => {
    opened = await openTestDatabase(engine);
    const store = createDbEscalationStore(opened.database);
    const now = Date.now();
    const answered = await store.create(asked('How much does the CCM exam cost?'), new Date(now - DAY));
    await store.claimAnswer(answered.escalation.id, {
      text: '$385; the hospital pays it.',
      by: 'U0EXPERT',
      at: new Date(now - DAY / 2),
    });
    await store.create(asked('do case managers here work weekends?'), new Date(now - 3 * DAY));
    await store.create(asked('is parking free'), new Date(now - 60_000));
    const report = await insightsReport(opened.database);
    expect(report.escalated).toBe(3);
    expect(report.answeredByHr).toEqual([
      {
        id: shortId(answered.escalation.id),
        question: 'How much does the CCM exam cost?',
        answer: '$385; the hospital pays it.',
        answeredAt: new Date(now - DAY / 2).toISOString(),
      },
    ]);
    expect(report.waiting).toEqual([
      { question: 'do case managers here work weekends?', askedAt: new Date(now - 3 * DAY).toISOString(), days: 3 },
    ]);
    expect((await insightsReport(opened.database, { since: now - 2 * DAY })).escalated).toBe(2);

    // `npm run insights` as a user runs it, against this database only.
    const where =
      opened.target.engine === 'postgres' ? { DATABASE_URL: opened.target.url } : { DATABASE_PATH: opened.target.path };
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATABASE_URL: '',
      DATABASE_PATH: '',
      ...where,
    };
    const json = await run(process.execPath, [...bundled('insights'), '--json'], { env });
    expect(JSON.parse(json.stdout)).toMatchObject({
      escalated: 3,
      answeredByHr: [{ question: 'How much does the CCM exam cost?', answer: '$385; the hospital pays it.' }],
    });
    const text = await run(process.execPath, bundled('insights'), { env });
    expect(text.stdout).toContain('Sent to the HR team  3');
    expect(text.stdout).toContain(
      `[add-answer ${shortId(answered.escalation.id)}]  “How much does the CCM exam cost?”\n              → $385; the hospital pays it.`,
    );
    expect(text.stdout).toMatch(/3 days {2}“do case managers here work weekends\?”/);
  }, 30_000);
});
