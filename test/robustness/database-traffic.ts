import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { directMessage, sendToApp, slashCommand, type SlackStandIn } from '../../src/emulator/index.ts';

/**
 * Steady traffic against the running app, as a busy workspace sends it: `/career` questions (answered in the
 * acknowledgement) and direct messages (acknowledged at once, answered with chat.postMessage), alternately, at
 * `perSecond`. Used by the database-fault tests and by bench/database-faults.ts: what each request's
 * acknowledgement took, and how many questions got their answer.
 */
export type TrafficResult = {
  sent: number;
  /** Milliseconds from sending to the HTTP response, per request. */
  acks: number[];
  /** Acknowledgements after Slack's 3 s (the user sees an error), or not 200. */
  late: number;
  failed: number;
  /** Questions answered: a slash command's card in its ack, a DM's reply posted (within `settleMs` after the last). */
  answered: number;
  /** Slowest DM answer, from sending to the post, in ms. */
  slowestAnswerMs: number;
};

const SLACK_ACK_MS = 3_000;

export async function sendTraffic(options: {
  appUrl: string;
  secret: string;
  standIn: SlackStandIn;
  perSecond: number;
  seconds: number;
  settleMs?: number;
  /** Called once every request is acknowledged, before waiting for the DM answers (a fault ends there). */
  onSent?: () => void;
}): Promise<TrafficResult> {
  const { appUrl, secret, standIn, perSecond, seconds, settleMs = 5_000, onSent } = options;
  const total = Math.round(perSecond * seconds);
  const acks: number[] = [];
  let late = 0;
  let failed = 0;
  let answered = 0;
  const dmSent = new Map<string, number>();
  const dmAnswered = new Map<string, number>();
  const onCall = (call: { method: string; args: Record<string, unknown>; at: number }) => {
    const channel = String(call.args.channel ?? '');
    if (call.method === 'chat.postMessage' && dmSent.has(channel) && !dmAnswered.has(channel))
      dmAnswered.set(channel, call.at - dmSent.get(channel)!);
  };
  standIn.on('call', onCall);
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  const one = async (i: number) => {
    const dm = i % 2 === 1;
    const channel = `D${run}${i}`;
    const request = dm
      ? directMessage({ text: 'what does a case manager earn', channel })
      : slashCommand({ text: 'what does a care manager do' });
    const started = performance.now();
    if (dm) dmSent.set(channel, Date.now());
    try {
      const res = await sendToApp(appUrl, secret, request);
      const body = await res.text();
      const ms = performance.now() - started;
      acks.push(ms);
      if (res.status !== 200) failed++;
      else if (ms > SLACK_ACK_MS) late++;
      else if (!dm && body.includes('blocks')) answered++;
    } catch {
      failed++;
      acks.push(performance.now() - started);
    }
  };
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(one(i));
  }
  await Promise.all(pending);
  onSent?.();
  const deadline = Date.now() + settleMs;
  while (dmAnswered.size < dmSent.size && Date.now() < deadline) await sleep(100);
  standIn.off('call', onCall);
  answered += dmAnswered.size;
  return { sent: total, acks, late, failed, answered, slowestAnswerMs: Math.max(0, ...dmAnswered.values()) };
}

export const slowest = (values: number[]) => Math.max(0, ...values);
