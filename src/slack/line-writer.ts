/**
 * Writes log lines to a stream in batches: the lines logged while the app handles a burst of requests go out
 * in one write when that turn of the event loop is over, not one write (a system call, and a wake-up of
 * whatever reads the pipe) per line. At a few requests a second every batch is one line, so nothing waits.
 * Whatever is still buffered when the process exits (process.exit, a fatal error) is written then: stdout and
 * stderr writes to files, pipes and terminals are synchronous on Linux and macOS.
 */
export type LineWriter = (line: string) => void;

type Sink = { write(text: string): unknown };

export function batchedLines(sink: Sink, atExit: (flush: () => void) => void = (flush) => process.once('exit', flush)): LineWriter {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    sink.write(text);
  };
  atExit(flush);
  return (line) => {
    pending.push(line);
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
}
