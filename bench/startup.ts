// Start-up time and idle memory of career-bot's Slack app, for this checkout and others side by side: each root's
// app is bundled from its own source as bench/slack.ts bundles it (bench/slack-target.ts, "app"), started as npm
// start starts it, and timed from spawn to listening; its resident memory is read 2 s later. Runs alternate between
// the roots, so a busy moment costs each alike.
//   npx tsx bench/startup.ts                                  (this checkout)
//   npx tsx bench/startup.ts --root /tmp/before --runs 7      (another checkout first, then this one)
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: { root: { type: 'string', multiple: true, default: [] }, runs: { type: 'string', default: '5' } },
});
const roots = [...args.root, here];
const RUNS = Number(args.runs);
const IDLE_MS = 2000;
const BUNDLE = 'dist/bench-target.js';

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

function bundle(root: string) {
  const script = `import('./scripts/build.ts').then((m) => m.bundle('bench/slack-target.ts', '${BUNDLE}'))`;
  execFileSync('npx', ['tsx', '-e', script], { cwd: root, stdio: 'inherit' });
}

function once(root: string): Promise<{ ms: number; mb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--max-semi-space-size=4', BUNDLE, 'app'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'production',
        SLACK_BOT_TOKEN: 'xoxb-bench-token',
        SLACK_SIGNING_SECRET: 'bench-signing-secret-0123456789',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!/READY \d+/.test(out)) return;
      child.stdout!.removeAllListeners('data').resume();
      const ms = performance.now() - started;
      setTimeout(() => {
        const mb = rssMb(child.pid!);
        child.kill();
        resolve({ ms, mb });
      }, IDLE_MS);
    });
    child.once('exit', (code) => reject(new Error(`${root}: exited with ${code} before it was ready`)));
  });
}

for (const root of roots) bundle(root);
const results = new Map<string, Array<{ ms: number; mb: number }>>(roots.map((root) => [root, []]));
for (let run = 0; run < RUNS; run++) for (const root of roots) results.get(root)!.push(await once(root));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(
  `| checkout | start-up to listening, median (min–max) | resident memory ${IDLE_MS / 1000} s after, median |`,
);
console.log('|---|---|---|');
for (const [root, runs] of results) {
  const ms = runs.map((r) => r.ms);
  console.log(
    `| ${root} | ${median(ms).toFixed(0)} ms (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}) | ${median(runs.map((r) => r.mb)).toFixed(1)} MB |`,
  );
}
console.log(`${RUNS} runs each, alternating between the checkouts.`);
