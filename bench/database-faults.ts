// A hung database under load: the app (its own process, from source) on a PostgreSQL server of its own, frozen
// with SIGSTOP (the server and every backend: a hung machine or a network partition, not a refused connection)
// while signed /career commands and direct messages arrive at --rate a second for --duration seconds; then the
// server is resumed. Reports the slowest acknowledgement, how many came after Slack's 3 s, and how many
// questions got their answer (a command's card in its ack within 3 s, a DM's reply posted).
//   npx tsx bench/database-faults.ts                          this tree, 15 s at 20 requests/s
//   npx tsx bench/database-faults.ts --root /tmp/career-bot-8b64aa3   another checkout (the figures before)
// Needs the PostgreSQL server binaries (/usr/lib/postgresql/*/bin); loopback only.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startSlackStandIn } from '../src/emulator/index.ts';
import { sendTraffic } from '../test/robustness/database-traffic.ts';
import { startPostgresServer } from '../test/support/postgres-server.ts';
import { summarize } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    root: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    duration: { type: 'string', default: '15' },
    rate: { type: 'string', default: '20' },
  },
});
const SECRET = 'database-faults-bench-secret';

/** The app from `root`'s source, as `npm start` would run it; resolves with its origin once it listens. */
function startApp(root: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const origin = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const port = /listening on port (\d+)/.exec(output)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the app exited (${code}) before listening:\n${output}`)));
  });
  return { origin, output: () => output, stop: () => child.kill('SIGKILL') };
}

const server = await startPostgresServer();
const standIn = await startSlackStandIn();
const app = startApp(args.root, {
  SLACK_BOT_TOKEN: 'xoxb-database-faults-bench',
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_APP_TOKEN: '',
  SLACK_API_URL: standIn.apiUrl,
  PORT: '0',
  LOG_FORMAT: 'json',
  LOG_LEVEL: 'info',
  DATABASE_URL: server.url(),
});
try {
  const origin = await app.origin;
  console.log(
    `app from ${args.root} on ${origin}; PostgreSQL on port ${server.port}, frozen for ${args.duration} s at ${args.rate} requests/s`,
  );
  server.freeze();
  const result = await sendTraffic({
    appUrl: `${origin}/slack/events`,
    secret: SECRET,
    standIn,
    perSecond: Number(args.rate),
    seconds: Number(args.duration),
    settleMs: 30_000,
    onSent: () => server.thaw(),
  });
  const acks = summarize(result.acks);
  console.log(
    [
      `requests: ${result.sent} (half /career, half DMs); failed: ${result.failed}`,
      `acks: median ${acks.median.toFixed(0)} ms, p99 ${acks.p99.toFixed(0)} ms, slowest ${acks.max.toFixed(0)} ms; after Slack's 3 s: ${result.late}`,
      `answered: ${result.answered} of ${result.sent} (a /career card in an ack within 3 s, or a DM reply posted); slowest DM reply ${result.slowestAnswerMs} ms after it was sent`,
    ].join('\n'),
  );
} finally {
  app.stop();
  await standIn.close();
  await server.remove();
}
