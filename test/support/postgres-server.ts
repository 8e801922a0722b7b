import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A PostgreSQL server of the test's own: its own data folder and port, started with initdb and postgres from
 * /usr/lib/postgresql/<version>/bin, removed afterwards. As root (which PostgreSQL refuses), it runs as the
 * postgres user. `freeze()` (SIGSTOP) stops the server and every process it started (each backend is a session
 * of its own, so a signal to the group would miss them), as a hung machine or a network partition would;
 * `thaw()` resumes them.
 */
export type PostgresServer = {
  readonly port: number;
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust auth). */
  url(database?: string, user?: string): string;
  query(text: string): Promise<void>;
  freeze(): void;
  thaw(): void;
  /** Stops it (fast shutdown) and waits for the exit; the data folder stays for start(). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it if running and deletes its data folder. */
  remove(): Promise<void>;
};

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (!found) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql/*/bin');
  return found;
}

export const postgresAvailable = (): boolean => {
  try {
    binDir();
    return true;
  } catch {
    return false;
  }
};

/** The processes `pid` started, from /proc: the server's backends and helpers. */
function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the name (which may hold spaces): state, then the parent's pid.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) found.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

/** The server first (so it starts no new backend), then what it started; resumed in the same order. */
function signalAll(pid: number, signal: 'SIGSTOP' | 'SIGCONT'): void {
  for (const target of [pid, ...childrenOf(pid)]) {
    try {
      process.kill(target, signal);
    } catch {
      // Exited meanwhile.
    }
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** As root, the postgres user's ids; otherwise the current user runs it. */
function runAs(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = binDir();
  const owner = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'career-bot-pg-'));
  chmodSync(dir, 0o700);
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
    stdio: 'ignore',
    ...(owner ?? {}),
  });
  const port = await freePort();
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const url = (database = 'postgres', user = 'postgres') => `postgres://${user}@127.0.0.1:${port}/${database}`;

  const ready = async () => {
    for (let i = 0; i < 200; i++) {
      const client = new pg.Client({ connectionString: url(), connectionTimeoutMillis: 1_000 });
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        await client.end().catch(() => {});
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`the test's PostgreSQL server on port ${port} did not start`);
  };
  const server: PostgresServer = {
    port,
    url,
    async query(text) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      await client.query(text).finally(() => client.end());
    },
    freeze: () => signalAll(child!.pid!, 'SIGSTOP'),
    thaw: () => signalAll(child!.pid!, 'SIGCONT'),
    async start() {
      const args = [
        '-D',
        data,
        '-p',
        String(port),
        '-h',
        '127.0.0.1',
        '-k',
        dir,
        '-c',
        'fsync=off',
        '-c',
        'max_connections=40',
      ];
      child = spawn(join(bin, 'postgres'), args, { stdio: 'ignore', detached: true, ...(owner ?? {}) });
      const running = child;
      exited = new Promise((resolve) => running.once('exit', () => resolve()));
      await ready();
    },
    async stop() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      signalAll(child.pid!, 'SIGCONT');
      child.kill('SIGINT');
      await exited;
    },
    async remove() {
      await server.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
