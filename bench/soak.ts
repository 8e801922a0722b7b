// Soak: the real app (its own process started as npm start starts it, HTTP mode, JSON logs at info as in production) under a steady mixed load
// of signed slash commands, mentions and button clicks, against the loopback Slack stand-in. Reports throughput,
// acknowledgement latency (median, p99), errors, answers delivered, and resident memory over time.
//   npm run bench:soak                      20 s at 100 requests/s (also the last part of `npm run bench`)
//   npm run bench:soak -- --full            5 minutes at 100 requests/s (the figures in docs/operations.md: Under load)
//   npm run bench:soak -- --duration 60 --rate 200
// Loopback only; it stops by itself after the duration (plus at most a minute to drain and shut down).
// autocannon's rate limit gives each connection its share of every second and sends it as soon as it can,
// so each second starts with a burst of up to CONNECTIONS requests at once: the latency includes that queueing.
// The app's own time per answer (from its JSON logs) is reported next to it. Exit code 1 only when requests
// failed or answers went missing; missed latency or memory targets are reported, as benchmarks on a shared
// machine are noisy.
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import {
  appMention,
  blockActions,
  signRequest,
  slashCommand,
  startSlackStandIn,
  type SlackRequest,
} from '../src/emulator/index.ts';
import { bundle } from '../scripts/build.ts';
import { startAppProcess, testEnv } from '../test/robustness/app-process.ts';
import { summarize } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    full: { type: 'boolean', default: process.env.SOAK_FULL === '1' },
    duration: { type: 'string' },
    rate: { type: 'string' },
    connections: { type: 'string', default: '10' },
  },
});
const DURATION_S = Number(args.duration ?? (args.full ? 300 : 20));
const RATE = Number(args.rate ?? 100);
const CONNECTIONS = Number(args.connections);
// Long enough for the JIT, the matcher's caches and the sockets to settle: growth is measured from here on.
const WARM_UP_S = Math.min(30, Math.max(3, Math.round(DURATION_S / 10)));
const SAMPLE_EVERY_MS = 5_000;
const MB = 1024 * 1024;

const QUESTIONS = [
  'what does a care manager do',
  'case manager salary',
  'do care managers need a nursing degree?',
  'certifcation for case manger',
  'where do case managers work',
  'skills of a care manager <!channel> & more',
  'how much experience does a case manager need',
  'how do I reset my password',
];
const COMMANDS = ['compare', 'compare certification', 'topics', 'help', 'ask what is a care manager'];
const TOPICS = [
  'definition',
  'duties',
  'education',
  'experience',
  'certification',
  'work-environment',
  'salary',
  'skills',
];

type Mix = 'slash' | 'mention' | 'click';
/** Half slash commands, three in ten mentions, two in ten button clicks: most traffic is asking. */
const MIX: Mix[] = ['slash', 'slash', 'slash', 'slash', 'slash', 'mention', 'mention', 'mention', 'click', 'click'];

async function main() {
  const standIn = await startSlackStandIn();
  const env = testEnv(standIn.apiUrl);
  const secret = env.SLACK_SIGNING_SECRET!;
  // The app as npm start runs it (built now, so it is this checkout's code). The memory probe
  // (test/robustness/memory-probe.mjs) reports the heap after a full GC, which tells a leak from V8 merely
  // growing its heap; it collects only when asked, at the start and the end of the measured run.
  await bundle('src/main.ts', 'dist/main.js');
  const app = startAppProcess(env, { memoryProbe: true, production: true });
  stopApp = () => app.child.kill('SIGKILL');
  const origin = await app.ready;

  let sequence = 0;
  const sent: Record<Mix, number> = { slash: 0, mention: 0, click: 0 };
  // A slash command's card comes back in the acknowledgement; one without a card is an error too.
  let cardless = 0;
  const nextRequest = (): { kind: Mix; request: SlackRequest } => {
    const n = sequence++;
    const kind = MIX[n % MIX.length]!;
    const question = QUESTIONS[n % QUESTIONS.length]!;
    if (kind === 'slash') {
      const text = n % 3 === 0 ? COMMANDS[n % COMMANDS.length]! : question;
      return { kind, request: slashCommand({ text, response_url: standIn.responseUrl(`soak-${n}`) }) };
    }
    if (kind === 'mention') return { kind, request: appMention({ text: `<@U0CAREBOT> ${question}` }) };
    const topic = TOPICS[n % TOPICS.length]!;
    return {
      kind,
      request: blockActions({
        action_id: `open:${topic}`,
        value: JSON.stringify({ k: 'topic', t: topic, r: ['case-manager', 'care-manager'] }),
        response_url: standIn.responseUrl(`soak-${n}`),
      }),
    };
  };

  // Every answer that reaches Slack (a thread reply, or a response_url post) is counted, and the stand-in
  // forgets the call: a soak must not measure its own bookkeeping.
  let delivered = 0;
  standIn.on('call', (call) => {
    if (call.method === 'chat.postMessage' || call.kind === 'response_url') delivered++;
    if (standIn.calls.length > 1000) standIn.clear();
  });

  const rss: Array<{ at: number; bytes: number }> = [];
  const started = Date.now();
  const sample = () => rss.push({ at: (Date.now() - started) / 1000, bytes: app.rss() });
  sample();

  const run = (durationS: number, record: boolean) =>
    new Promise<{ result: autocannon.Result; latencies: number[] }>((resolve, reject) => {
      const latencies: number[] = [];
      const instance = autocannon(
        {
          url: origin,
          connections: CONNECTIONS,
          overallRate: RATE,
          duration: durationS,
          timeout: 10,
          requests: [
            {
              method: 'POST',
              path: '/slack/events',
              setupRequest: (request, context) => {
                const { kind, request: slack } = nextRequest();
                if (record) sent[kind]++;
                (context as { kind?: Mix }).kind = kind;
                return {
                  ...request,
                  body: slack.body,
                  headers: { 'content-type': slack.contentType, ...signRequest(secret, slack.body) },
                };
              },
              onResponse: (status, body, context) => {
                if (
                  record &&
                  (context as { kind?: Mix }).kind === 'slash' &&
                  status === 200 &&
                  !body.includes('"blocks"')
                )
                  cardless++;
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve({ result, latencies })),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });

  await run(WARM_UP_S, false);
  // Let the warm-up's last answers land before counting.
  await new Promise((r) => setTimeout(r, 1_000));
  const deliveredBeforeMeasure = delivered;
  // Resident memory first: the probe's full collection would shrink it for a while and flatter the growth.
  sample();
  const heapAtStart = await app.heapAfterGc();
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);
  const { result, latencies } = await run(DURATION_S, true);
  clearInterval(sampler);

  // Answers to mentions and clicks travel after the acknowledgement: give the last ones time to arrive.
  const expected = sent.mention + sent.click;
  const drainUntil = Date.now() + 10_000;
  while (delivered - deliveredBeforeMeasure < expected && Date.now() < drainUntil)
    await new Promise((r) => setTimeout(r, 100));
  sample();
  const heapAtEnd = await app.heapAfterGc();

  app.child.kill('SIGTERM');
  const exit = await Promise.race([app.exited, new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
  if (exit === null) await app.stop();
  await standIn.close();

  const ack = summarize(latencies);
  const [idle, warm, end] = [rss[0]!, rss[1]!, rss.at(-1)!];
  const growth = ((end.bytes - warm.bytes) / warm.bytes) * 100;
  const missing = Math.max(0, expected - (delivered - deliveredBeforeMeasure));
  const errors = result.errors + result.timeouts + result.non2xx + missing + cardless;
  const logged = app.logs.filter((l) => l.level === 'error').length;
  const answered = app.logs.filter((l) => l.event === 'answered' && typeof l.latency_ms === 'number');
  const inApp = (surface?: string) =>
    summarize(answered.filter((l) => !surface || l.surface === surface).map((l) => l.latency_ms as number));
  const bySurface = [...new Set(answered.map((l) => String(l.surface)))].sort().map((surface) => {
    const s = inApp(surface);
    return `${surface} ${s.median.toFixed(1)}/${s.p99.toFixed(1)}`;
  });

  console.log(
    `\nSoak: ${DURATION_S} s at ${RATE} requests/s over ${CONNECTIONS} keep-alive connections (after ${WARM_UP_S} s warm-up)`,
  );
  console.log(
    `  sent            ${result.requests.total} (${sent.slash} slash commands, ${sent.mention} mentions, ${sent.click} button clicks)`,
  );
  console.log(`  throughput      ${(result.requests.total / result.duration).toFixed(1)} requests/s`);
  console.log(
    `  ack latency     median ${ack.median.toFixed(2)} ms, p99 ${ack.p99.toFixed(2)} ms, max ${ack.max.toFixed(2)} ms (HTTP, as Slack waits for it)`,
  );
  console.log(
    `  in the app      median ${inApp().median.toFixed(2)} ms, p99 ${inApp().p99.toFixed(2)} ms per answer (its logs' latency_ms; a mention's includes posting it to Slack)`,
  );
  console.log(`                  by surface, median/p99 ms: ${bySurface.join(', ')}`);
  console.log(
    `  errors          ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, slash replies without a card ${cardless}, answers not delivered ${missing}); error log lines ${logged}`,
  );
  console.log(`  answers         ${delivered - deliveredBeforeMeasure} delivered of ${expected}`);
  console.log(
    `  RSS             idle ${(idle.bytes / MB).toFixed(1)} MB, after warm-up ${(warm.bytes / MB).toFixed(1)} MB, end ${(end.bytes / MB).toFixed(1)} MB: growth ${growth.toFixed(1)} %`,
  );
  console.log(
    `  heap after GC   ${(heapAtStart / MB).toFixed(1)} MB after warm-up, ${(heapAtEnd / MB).toFixed(1)} MB at the end`,
  );
  console.log(`  RSS samples     ${rss.map((s) => `${s.at.toFixed(0)}s:${(s.bytes / MB).toFixed(0)}`).join(' ')} (MB)`);
  console.log(
    `  shutdown        ${exit ? `SIGTERM → exit code ${exit.code}` : 'did not exit within 15 s of SIGTERM (killed)'}`,
  );
  const targets = errors === 0 && ack.p99 < 50 && growth < 10 && exit?.code === 0;
  console.log(
    `  targets         ${targets ? 'met' : 'NOT met'} (0 errors, p99 < 50 ms, memory growth < 10 %, clean exit)`,
  );
  if (errors > 0) process.exitCode = 1;
}

let stopApp = () => {};

// Whatever happens, the run ends: a stuck soak must not hold a shared machine (nor leave the app behind).
const hardStop = setTimeout(
  () => {
    console.error('soak: did not finish in time; giving up');
    stopApp();
    process.exit(2);
  },
  (DURATION_S + WARM_UP_S + 90) * 1000,
);
hardStop.unref();

main().catch((error: unknown) => {
  console.error(error);
  stopApp();
  process.exitCode = 1;
});
