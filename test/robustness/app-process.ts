import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startFaultyStandIn, type FaultyStandIn } from '../support/faulty-stand-in.ts';
import { npmStartCommand } from '../start-command.ts';
import { bundled } from '../support/bundled.ts';

/**
 * The real app as its own process, node itself (so signals reach the app), for what only a process shows:
 * exit codes, signals, memory, start-up failures. From source by default (src/main.ts, bundled once for the run by
 * test/global-setup.ts); `production: true` runs the bundle as npm start and the Docker image do (build it first:
 * npm run build).
 * Logs are JSON lines (LOG_FORMAT=json) and are all kept, so tests can read what an operator would.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type LogLine = Record<string, unknown> & { level?: string; msg?: string };

export type AppProcess = {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Every output line (stdout and stderr) parsed as JSON; non-JSON lines are kept as `{ raw }`. */
  readonly logs: LogLine[];
  /** Everything written to stdout and stderr, as written. */
  output(): string;
  /** Resolves with the app's origin (http://127.0.0.1:<port>) once it listens; rejects if it exits first. */
  readonly ready: Promise<string>;
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resident memory in bytes, from /proc (Linux) — the figure an orchestrator's memory limit applies to. */
  rss(): number;
  /** Heap in use right after a full garbage collection (needs `memoryProbe: true`). */
  heapAfterGc(): Promise<number>;
  /** Resolves with the first log line (already seen or yet to come) that `match` accepts. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Kills it if still running and waits for the exit. */
  stop(): Promise<void>;
};

export type AppEnv = Record<string, string>;

/** Environment for a test app: fake credentials, HTTP mode on a free port, JSON logs, no .env leaking in. */
export function testEnv(apiUrl: string, extra: AppEnv = {}): AppEnv {
  return {
    SLACK_BOT_TOKEN: 'xoxb-robustness-test-token',
    SLACK_SIGNING_SECRET: 'robustness-test-signing-secret',
    // Set but empty counts as unset, and dotenv never overrides a variable that is present: HTTP mode for sure.
    SLACK_APP_TOKEN: '',
    SLACK_API_URL: apiUrl,
    PORT: '0',
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    // Each process its own database (in memory) unless a test gives one.
    DATABASE_URL: '',
    DATABASE_PATH: ':memory:',
    ...extra,
  };
}

/** npm start's node flags and bundle, with `extra` node flags before the bundle. */
function productionCommand(extra: string[]): string[] {
  const { nodeArgs, entry } = npmStartCommand(ROOT);
  return [...nodeArgs, ...extra, entry];
}

export function startAppProcess(
  env: AppEnv,
  options: {
    readyTimeoutMs?: number;
    memoryProbe?: boolean;
    production?: boolean;
    user?: { uid: number; gid: number };
  } = {},
): AppProcess {
  const { readyTimeoutMs = 30_000, memoryProbe = false, production = false, user } = options;
  const probe = memoryProbe ? ['--expose-gc', '--import', './test/robustness/memory-probe.mjs'] : [];
  const command = production ? productionCommand(probe) : [...probe, ...bundled('main')];
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      KNOWLEDGE_DIR: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Another user than the test's (root), for what root would not see: a file it cannot write.
    ...(user ?? {}),
  });
  const logs: LogLine[] = [];
  let output = '';
  const listeners = new Set<(line: LogLine) => void>();

  const readLines = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      output += chunk;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const text of lines) {
        if (text.trim() === '') continue;
        let line: LogLine;
        try {
          line = JSON.parse(text) as LogLine;
        } catch {
          line = { raw: text };
        }
        if (!('memoryProbe' in line)) logs.push(line);
        for (const listener of listeners) listener(line);
      }
    });
  };
  readLines(child.stdout!);
  readLines(child.stderr!);

  const waitForLine = (match: (line: LogLine) => boolean, timeoutMs: number, past: readonly LogLine[]) =>
    new Promise<LogLine>((resolve, reject) => {
      const seen = past.find(match);
      if (seen) return resolve(seen);
      const timer = setTimeout(() => {
        listeners.delete(onLine);
        reject(new Error(`no matching log line within ${timeoutMs} ms:\n${output.slice(-2000)}`));
      }, timeoutMs);
      const onLine = (line: LogLine) => {
        if (!match(line)) return;
        clearTimeout(timer);
        listeners.delete(onLine);
        resolve(line);
      };
      listeners.add(onLine);
    });

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`app not listening within ${readyTimeoutMs} ms:\n${output}`)),
      readyTimeoutMs,
    );
    // The start-up line says "listening on port N", in JSON logs or plain ones.
    const onLine = (line: LogLine) => {
      const port = /listening on port (\d+)/.exec(String(line.msg ?? line.raw ?? ''))?.[1];
      if (port === undefined) return;
      clearTimeout(timer);
      listeners.delete(onLine);
      resolve(`http://127.0.0.1:${port}`);
    };
    listeners.add(onLine);
    for (const line of logs) onLine(line);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`app exited (code ${code}, signal ${signal}) before listening:\n${output}`));
    });
  });
  // A test that only awaits `exited` must not see an unhandled rejection from `ready`.
  ready.catch(() => {});

  return {
    child,
    pid: child.pid!,
    logs,
    output: () => output,
    ready,
    exited,
    rss() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
    },
    async heapAfterGc() {
      const next = waitForLine((line) => 'memoryProbe' in line, 10_000, []);
      child.kill('SIGUSR2');
      return ((await next).memoryProbe as { heapUsed: number }).heapUsed;
    },
    waitForLog: (match, timeoutMs = 20_000) => waitForLine(match, timeoutMs, logs),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export type AppWithStandIn = {
  standIn: FaultyStandIn;
  app: AppProcess;
  origin: string;
  secret: string;
  close(): Promise<void>;
};

/** A fresh Slack stand-in and the app as a process pointed at it, listening; `close()` stops both. */
export async function startAppWithStandIn(
  options: { memoryProbe?: boolean; env?: AppEnv } = {},
): Promise<AppWithStandIn> {
  const standIn = await startFaultyStandIn();
  const env = testEnv(standIn.apiUrl, options.env);
  const app = startAppProcess(env, { memoryProbe: options.memoryProbe ?? false });
  const close = async () => {
    await app.stop();
    await standIn.close();
  };
  try {
    return { standIn, app, origin: await app.ready, secret: env.SLACK_SIGNING_SECRET!, close };
  } catch (error) {
    await close();
    throw error;
  }
}
