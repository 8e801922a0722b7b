import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The real app as its own process, started the way the Dockerfile starts it (`node --import tsx src/main.ts`,
 * so signals reach the app itself), for what only a process shows: exit codes, signals, memory, start-up
 * failures. Logs are JSON lines (LOG_FORMAT=json) and are all kept, so tests can read what an operator would.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type LogLine = Record<string, unknown> & { level?: string; msg?: string };

export type AppProcess = {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Every stdout line parsed as JSON (non-JSON lines are kept as `{ raw }`). */
  readonly logs: LogLine[];
  /** Everything written to stdout and stderr, as written. */
  output(): string;
  /** Resolves with the app's origin (http://127.0.0.1:<port>) once it listens; rejects if it exits first. */
  readonly ready: Promise<string>;
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resident memory in bytes, from /proc (Linux) — the figure an orchestrator's memory limit applies to. */
  rss(): number;
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
    ...extra,
  };
}

export function startAppProcess(env: AppEnv, options: { readyTimeoutMs?: number } = {}): AppProcess {
  const { readyTimeoutMs = 30_000 } = options;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let output = '';
  let pending = '';
  const listeners = new Set<(line: LogLine) => void>();

  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
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
      logs.push(line);
      for (const listener of listeners) listener(line);
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app not listening within ${readyTimeoutMs} ms:\n${output}`)), readyTimeoutMs);
    const onLine = (line: LogLine) => {
      if (typeof line.port !== 'number' || line.msg !== 'listening') return;
      clearTimeout(timer);
      listeners.delete(onLine);
      resolve(`http://127.0.0.1:${line.port}`);
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
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
