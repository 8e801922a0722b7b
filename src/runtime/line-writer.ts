/**
 * Writes log lines to a stream in batches: the lines logged while the app handles a burst of requests go out
 * in one write when that turn of the event loop is over, not one write (a system call, and a wake-up of
 * whatever reads the pipe) per line. At a few requests a second every batch is one line, so nothing waits.
 * Whatever is still buffered when the process exits (process.exit, a fatal error) is written then: stdout and
 * stderr writes to files, pipes and terminals are synchronous on Linux and macOS.
 *
 * A stream that breaks (the process reading the app's stdout went away: EPIPE) never takes the app down: from
 * then on its lines go nowhere and are counted (`lostLogLines`, shown by /healthz), and the app goes on answering.
 */
export type LineWriter = (line: string) => void;

type Sink = {
  write(text: string, done?: (error?: Error | null) => void): unknown;
  on?(event: 'error', listener: (error: Error) => void): unknown;
};

let lost = 0;

/** Log lines written to a broken stream since start, in this process. */
export const lostLogLines = (): number => lost;

export function batchedLines(
  sink: Sink,
  atExit: (flush: () => void) => void = (flush) => process.once('exit', flush),
): LineWriter {
  let pending: string[] = [];
  let scheduled = false;
  let broken = false;
  const breaks = () => {
    broken = true;
  };
  // Without a listener, a write error on stdout is an uncaught exception: the app would exit.
  sink.on?.('error', breaks);
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const count = pending.length;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    if (broken) {
      lost += count;
      return;
    }
    try {
      sink.write(text, (error) => {
        if (!error) return;
        breaks();
        lost += count;
      });
    } catch {
      breaks();
      lost += count;
    }
  };
  atExit(flush);
  return (line) => {
    pending.push(line);
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
}
