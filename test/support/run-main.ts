import { Readable, Writable } from 'node:stream';
import type { Main } from '../../src/runtime/program.ts';
import type { Run } from './bundled.ts';

/** A stream that keeps what is written to it. */
function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/**
 * Runs a program's `main` in this process, as runAsProgram runs it from a shell (test/support/bundled.ts runs the
 * real process): the arguments, an environment of only what is given (no .env, no knowledge or database of the
 * machine's), `stdin` as standard input (empty when not given); what it wrote and its exit code.
 */
export async function runMain(main: Main, args: string[], env: Record<string, string> = {}, stdin = ''): Promise<Run> {
  const stdout = collector();
  const stderr = collector();
  const code = await main(
    args,
    { DATABASE_URL: '', DATABASE_PATH: '', KNOWLEDGE_DIR: '', ...env },
    {
      stdin: Readable.from(stdin === '' ? [] : [stdin]),
      stdout: stdout.stream,
      stderr: stderr.stream,
    },
  );
  return { stdout: stdout.text(), stderr: stderr.text(), code };
}
