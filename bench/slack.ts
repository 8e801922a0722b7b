// Slack app benchmark: signed /career slash commands driven by autocannon at career-bot's app in HTTP mode and,
// side by side in the same run, at a bare Bolt app that only acknowledges (the baseline of the targets), at a
// bare app that acknowledges with a fixed card (what sending an answer costs, without finding it) and at a bare
// app with career-bot's listeners that only acknowledge (what Bolt's routing of them costs). Each runs in its
// own child process, so its memory and CPU are its own; the load generator runs here. Loopback only; about a
// minute and a half in all.
//   npx tsx bench/slack.ts            (also part of npm run bench)
//   npx tsx bench/slack.ts --quick    (shorter runs, for a smoke check)
// Then career-bot with its database, a row per engine (SQLite, PostgreSQL on 127.0.0.1:5432), every answer recorded.
// Reports requests/s at saturation for each and their ratio, acknowledgement latency (median, p99) at
// saturation and at a fixed 100 requests/s, and career-bot's resident memory. Targets: >= 80 % of the bare
// app's requests/s, p99 < 50 ms at 100 requests/s, RSS < 120 MB.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundle } from '../scripts/build.ts';
import { signRequest, slashCommand, startSlackStandIn } from '../src/emulator/index.ts';
import { npmStartCommand } from '../test/start-command.ts';
import { POSTGRES_ADMIN_URL } from '../test/storage/engines.ts';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const SATURATE_S = args.quick ? 3 : 8;
const FIXED_S = args.quick ? 4 : 10;
const WARM_UP_S = args.quick ? 1 : 3;
const ROUNDS = args.quick ? 1 : 2;
const CONNECTIONS = 10;
const FIXED_RATE = 100;
const TARGETS = { ratio: 0.8, fixedP99Ms: 50, rssMb: 120 };

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'bench-signing-secret-0123456789';
const TOKEN = 'xoxb-bench-token';
const MB = 1024 * 1024;

// What people ask, including the subcommands: each request is a different card to build.
const TEXTS = [
  'what certification does a care manager need',
  'how much does a case manager make',
  'compare',
  'compare certifcation',
  'topics',
  'help',
  'where do case managers work <!channel>',
  'do care managers need a nursing degree?',
  'how do I reset my password',
  'ask what skills does a case manager need',
];

type Kind = 'bare' | 'bare-card' | 'bare-layout' | 'app' | 'app-sqlite' | 'app-postgres';
const NAMES: Record<Kind, string> = {
  bare: 'bare Bolt app (ack only)',
  'bare-card': 'bare app acking a fixed card',
  'bare-layout': "bare app with career-bot's listeners (ack only)",
  app: 'career-bot, SQLite in memory',
  'app-sqlite': 'career-bot on SQLite',
  'app-postgres': 'career-bot on PostgreSQL',
};
type Target = { kind: Kind; name: string; child: ChildProcess; port: number };

// Every target runs as npm start runs the app: bundled, by plain node with npm start's flags.
const TARGET_BUNDLE = 'dist/bench-target.js';

function startTarget(kind: Kind, apiUrl: string, database: Record<string, string> = {}): Promise<Target> {
  const child = spawn(process.execPath, [...npmStartCommand(ROOT).nodeArgs, TARGET_BUNDLE, kind], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
      LOG_LEVEL: 'info',
      ...database,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${kind} did not start within 30 s`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /READY (\d+)/.exec(out);
      if (!ready) return;
      clearTimeout(timer);
      // From here on its output (request logs) is read and dropped, so the pipe never fills.
      child.stdout!.off('data', onData).resume();
      resolve({ kind, name: NAMES[kind], child, port: Number(ready[1]) });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${kind} exited with ${code} before it was ready: ${out}`)));
  });
}

/**
 * Signed /career commands, each one new (its own trigger_id) and signed as it is sent, as Slack sends them: the
 * same signed bytes sent again are a replay, which career-bot acknowledges and ignores. Every target gets the
 * same stream, so the cost of making it is the same for each.
 */
function signedRequests() {
  let next = 0;
  return [
    {
      method: 'POST' as const,
      path: '/slack/events',
      setupRequest: (request: autocannon.Request) => {
        const { body, contentType } = slashCommand({ text: TEXTS[next++ % TEXTS.length]! });
        return { ...request, body, headers: { 'content-type': contentType, ...signRequest(SECRET, body) } };
      },
    },
  ];
}

/** One request as the first in signedRequests(), for a probe. */
function probeRequest() {
  const { body, contentType } = slashCommand({ text: TEXTS[0]! });
  return { body, headers: { 'content-type': contentType, ...signRequest(SECRET, body) } };
}

async function load(target: Target, seconds: number, rate?: number) {
  const result = await autocannon({
    url: `http://127.0.0.1:${target.port}`,
    connections: rate ? 2 : CONNECTIONS,
    duration: seconds,
    requests: signedRequests(),
    ...(rate ? { overallRate: rate } : {}),
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0)
    throw new Error(
      `${target.name}: ${failed} failed requests (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
    );
  return {
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** Resident memory now and at its peak, from /proc: the figures a container limit applies to. */
function memory(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** The databases the storage rows run on: a fresh SQLite file, and a PostgreSQL database of its own, dropped after. */
async function benchDatabases() {
  const dir = mkdtempSync(join(tmpdir(), 'career-bot-bench-'));
  const name = `career_bot_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    sqlite: { DATABASE_PATH: join(dir, 'bench.sqlite') },
    postgres: { DATABASE_URL: url.toString() },
    async drop() {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Run = Awaited<ReturnType<typeof load>>;

async function main() {
  await bundle('bench/slack-target.ts', TARGET_BUNDLE);
  const standIn = await startSlackStandIn({ token: TOKEN });
  const databases = await benchDatabases();
  const targets: Target[] = [];
  try {
    for (const kind of ['bare', 'bare-card', 'bare-layout', 'app'] as const)
      targets.push(await startTarget(kind, standIn.apiUrl));
    targets.push(await startTarget('app-sqlite', standIn.apiUrl, databases.sqlite));
    targets.push(await startTarget('app-postgres', standIn.apiUrl, databases.postgres));
    const apps = targets.filter((t) => t.kind.startsWith('app'));
    const bare = targets[0]!;

    // The card each app acknowledges with must be a real answer, or the comparison means nothing.
    const probe = probeRequest();
    const idle = new Map<Target, ReturnType<typeof memory>>();
    for (const app of apps) {
      const res = await fetch(`http://127.0.0.1:${app.port}/slack/events`, {
        method: 'POST',
        headers: probe.headers,
        body: probe.body,
      });
      const reply = await res.text();
      if (!reply.includes('Licenses and certifications'))
        throw new Error(`${app.name} did not answer the probe: ${res.status} ${reply.slice(0, 200)}`);
      idle.set(app, memory(app.child.pid!));
    }

    // Steady load first, as a workspace produces it: its latency and the memory it settles at are the targets.
    for (const t of targets) await load(t, WARM_UP_S, FIXED_RATE);
    const fixed = new Map<Target, Run>();
    const steady = new Map<Target, ReturnType<typeof memory>>();
    for (const t of targets) {
      fixed.set(t, await load(t, FIXED_S, FIXED_RATE));
      steady.set(t, memory(t.child.pid!));
    }

    // Then saturation. Alternating rounds share out the machine's noise; the best round of each counts.
    const saturated = new Map<Target, Run[]>(targets.map((t) => [t, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of targets) saturated.get(t)!.push(await load(t, SATURATE_S));
    }
    const best = new Map(targets.map((t) => [t, saturated.get(t)!.reduce((a, b) => (b.rps > a.rps ? b : a))]));
    const loaded = new Map(targets.map((t) => [t, memory(t.child.pid!)]));
    report(targets, { fixed, best, steady, loaded, idle, bare });
  } finally {
    for (const t of targets) t.child.kill('SIGKILL');
    await standIn.close();
    await databases.drop();
  }
}

type Results = {
  fixed: Map<Target, Run>;
  best: Map<Target, Run>;
  steady: Map<Target, ReturnType<typeof memory>>;
  loaded: Map<Target, ReturnType<typeof memory>>;
  idle: Map<Target, ReturnType<typeof memory>>;
  bare: Target;
};

function report(targets: Target[], r: Results) {
  const pass = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
  const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  const satBare = r.best.get(r.bare)!;
  const row = (label: string, cell: (t: Target) => string) =>
    console.log(`| ${label} | ${targets.map(cell).join(' | ')} |`);
  console.log(`\nSlack app benchmark: signed /career slash commands over loopback (${TEXTS.length} different texts)`);
  console.log(
    `saturation: ${CONNECTIONS} connections, best of ${ROUNDS} x ${SATURATE_S} s each; steady: ${FIXED_RATE} requests/s for ${FIXED_S} s`,
  );
  console.log(`| | ${targets.map((t) => t.name).join(' | ')} |`);
  console.log(`|---|${targets.map(() => '---').join('|')}|`);
  row(
    'requests/s at saturation (% of bare)',
    (t) => `${r.best.get(t)!.rps.toFixed(0)} (${((r.best.get(t)!.rps / satBare.rps) * 100).toFixed(1)} %)`,
  );
  row('ack latency at saturation, median / p99', (t) => `${r.best.get(t)!.p50} / ${r.best.get(t)!.p99} ms`);
  row(
    `ack latency at ${FIXED_RATE} requests/s, median / p99`,
    (t) => `${r.fixed.get(t)!.p50} / ${r.fixed.get(t)!.p99} ms`,
  );
  row(`resident memory at ${FIXED_RATE} requests/s`, (t) => mb(r.steady.get(t)!.rss));
  row('resident memory after saturation (peak)', (t) => `${mb(r.loaded.get(t)!.rss)} (${mb(r.loaded.get(t)!.peak)})`);
  const app = targets.find((t) => t.kind === 'app')!;
  const layout = targets.find((t) => t.kind === 'bare-layout')!;
  const ratio = r.best.get(app)!.rps / satBare.rps;
  console.log(
    `\ncareer-bot / bare requests/s: ${(ratio * 100).toFixed(1)} % (target >= ${TARGETS.ratio * 100} %): ${pass(ratio >= TARGETS.ratio)}`,
  );
  console.log(
    `career-bot / bare app with the same listeners: ${((r.best.get(app)!.rps / r.best.get(layout)!.rps) * 100).toFixed(1)} %`,
  );
  for (const t of targets.filter((x) => x.kind.startsWith('app'))) {
    const p99 = r.fixed.get(t)!.p99;
    const rss = r.steady.get(t)!.rss;
    console.log(
      `${t.name}: p99 at ${FIXED_RATE} requests/s ${p99} ms (target < ${TARGETS.fixedP99Ms} ms): ${pass(p99 < TARGETS.fixedP99Ms)}; ` +
        `memory ${mb(r.idle.get(t)!.rss)} idle, ${mb(rss)} at ${FIXED_RATE} requests/s (target < ${TARGETS.rssMb} MB): ${pass(rss < TARGETS.rssMb * MB)}; ` +
        `requests/s ${((r.best.get(t)!.rps / r.best.get(app)!.rps) * 100).toFixed(1)} % of career-bot on SQLite in memory`,
    );
  }
}

main().catch((error: unknown) => {
  console.error('slack benchmark failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
