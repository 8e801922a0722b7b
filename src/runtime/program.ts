/**
 * The one way every program here runs (npm start, npm run ask, kb, insights): its `main(argv, env, io)` does the
 * work and returns the exit code, and never reads process.argv, process.env or the process's streams itself, so
 * tests call it in process with their own. Only `runAsProgram` touches the process.
 */
import { config as loadDotenv } from 'dotenv';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where a program reads and writes: the process's streams when it runs as a program. */
export type Io = { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

/** A program: its arguments (without node and the script), its environment, its streams; the exit code. */
export type Main = (argv: string[], env: NodeJS.ProcessEnv, io: Io) => Promise<number>;

/** `serves`: the program keeps serving after main returns (npm start), so a closed stdout is not its end. */
export type ProgramOptions = { serves?: boolean };

/**
 * Runs `main` when its file (`moduleUrl`, the caller's import.meta.url) is the one node was started with, not when
 * a test imports it: .env read first, then the exit code set. A program that succeeded ends on its own, once its
 * work is done, so what it wrote to a pipe is written out in full; a program that keeps serving (npm start)
 * returns 0 once started and lives on by what it listens to. A program that failed has nothing left to do: once
 * its output is out, the process ends, whatever it had started meanwhile (a Web API call still retrying).
 */
export function runAsProgram(moduleUrl: string, main: Main, options: ProgramOptions = {}): void {
  if (!process.argv[1] || realpathSync(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  loadDotenv({ quiet: true });
  // The reader went away (`npm run ask -- … | head`): nothing more is wanted, so a command stops quietly. A server
  // says `serves`: its log shipper going away must never stop the answers (its logger counts the lines lost).
  if (!options.serves)
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit();
    });
  // Standard input is opened only by a program that reads it: an open one could keep the process waiting.
  const io: Io = {
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
  };
  main(process.argv.slice(2), process.env, io).then(setExitCode, (error: unknown) => {
    // A main says its expected failures itself: what reaches here is a bug, shown with where it happened.
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    setExitCode(1);
  });
}

function setExitCode(code: number): void {
  process.exitCode = code;
  if (code === 0) return;
  // Written in order: the empty writes' callbacks come once everything before them is out.
  process.stdout.write('', () => process.stderr.write('', () => process.exit()));
}
