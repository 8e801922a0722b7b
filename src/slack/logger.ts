import { LogLevel, type Logger } from '@slack/bolt';

const ORDER: LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/**
 * A console logger with Bolt's interface, needed before the App exists (its client and authorizer log
 * through it). Errors print as their message: stack traces of Web API errors carry request details.
 */
export function consoleLogger(level: LogLevel = LogLevel.INFO): Logger {
  let current = level;
  let name = 'career-bot';
  const write = (at: LogLevel, sink: (line: string) => void) => (...msg: unknown[]) => {
    if (ORDER.indexOf(at) < ORDER.indexOf(current)) return;
    const text = msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
    sink(`[${at.toUpperCase()}] ${name} ${text}`);
  };
  return {
    debug: write(LogLevel.DEBUG, console.debug),
    info: write(LogLevel.INFO, console.info),
    warn: write(LogLevel.WARN, console.warn),
    error: write(LogLevel.ERROR, console.error),
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n) => {
      name = n;
    },
  };
}
