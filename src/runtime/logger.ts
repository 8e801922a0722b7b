/**
 * The app's one logger, for Bolt, the Web API client and our own lines. `json` writes one object a line
 * (`{"time","level","name","msg",...fields}`) for log collectors; `text` is for people at a terminal.
 *
 * Two things hold for every line, whatever wrote it (Bolt and its client log error messages that may quote
 * a request): secrets are replaced by `[redacted]`, and `&`, `<`, `>` are escaped as Slack escapes them, so
 * user text can never become markup in a log viewer. Control characters (C0 and C1, such as a terminal's CSI)
 * and the Unicode line separators (U+0085, U+2028, U+2029) are written as \u escapes in both formats, so a
 * question can neither forge a second log line nor make a log tool split one (JSON allows them raw; many
 * tools read them as line ends).
 */
import { LogLevel, type Logger } from '@slack/bolt';
import { batchedLines, type LineWriter } from './line-writer.ts';

export type LogFormat = 'text' | 'json';
export type LogFields = Record<string, unknown>;

/** A Bolt logger that also takes structured fields: `log.info('answered', { topic, confidence })`. */
export type AppLogger = Logger;

/** The text logger, for code that runs before the configuration is known. */
export const consoleLogger = (level: LogLevel = LogLevel.INFO): AppLogger => createLogger({ format: 'text', level });

export type LoggerOptions = {
  format: LogFormat;
  level?: LogLevel;
  /** Values never to print (tokens, signing secret); token-shaped strings are redacted anyway. */
  secrets?: ReadonlyArray<string | undefined>;
  /** Where lines go. By default JSON goes to stdout (one stream to collect); text too, but warnings and errors on stderr. */
  write?: (line: string, level: LogLevel) => void;
  now?: () => Date;
};

const SEVERITY: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

// Slack tokens (bot, user, app-level, refresh, config) have these shapes; they are hidden even when unknown to us.
const TOKEN_PATTERN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// JSON.stringify already escapes C0; the rest can only be inside a string there, where \uXXXX means the same.
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
// Anything clean() would change starts with one of these (a secret is checked separately).
const SUSPECT = /[&<>]|x(?:ox[a-z]|app)-/;

const isPlainObject = (value: unknown): value is LogFields =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

// Made on first use, so a process that never logs (a test that passes its own writer) holds no exit hook.
function madeOnFirstLine(make: () => LineWriter): LineWriter {
  let writer: LineWriter | undefined;
  return (line) => {
    writer ??= make();
    writer(line);
  };
}
const toStdout = madeOnFirstLine(() => batchedLines(process.stdout));
const toStderr = madeOnFirstLine(() => batchedLines(process.stderr));
const toConsole = (line: string, level: LogLevel) =>
  SEVERITY[level] >= SEVERITY[LogLevel.WARN] ? toStderr(line) : toStdout(line);

/** Cleans what a line carries: secrets and tokens redacted, &, < and > escaped so user text never becomes markup. */
function cleaner(secrets: readonly string[]) {
  // Most lines need none of it: one scan decides, so a busy app does not pay for rewriting every line.
  const needsCleaning = (text: string) => SUSPECT.test(text) || secrets.some((secret) => text.includes(secret));
  const clean = (text: string): string => {
    if (!needsCleaning(text)) return text;
    let out = text;
    for (const secret of secrets) out = out.split(secret).join('[redacted]');
    return out
      .replace(TOKEN_PATTERN, (t) => `${t.slice(0, t.indexOf('-') + 1)}[redacted]`)
      .replace(/[&<>]/g, (c) => ESCAPES[c]!);
  };
  // Values are cleaned one by one (keys are ours); numbers and booleans pass as they are.
  const cleanValue = (value: unknown): unknown => {
    if (typeof value === 'string') return clean(value);
    if (Array.isArray(value)) return value.map(cleanValue);
    if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanValue(v)]));
    if (value instanceof Error) return clean(describe(value));
    return value;
  };
  return { clean, cleanValue };
}

export function createLogger(options: LoggerOptions): AppLogger {
  const { format, write = format === 'json' ? toStdout : toConsole, now = () => new Date() } = options;
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 6);
  let level = options.level ?? LogLevel.INFO;
  let name = 'career-bot';

  const { clean, cleanValue } = cleaner(secrets);

  const emit = (at: LogLevel, args: unknown[]) => {
    if (SEVERITY[at] < SEVERITY[level]) return;
    const last = args.at(-1);
    const fields = args.length > 1 && isPlainObject(last) ? last : {};
    const parts = fields === last ? args.slice(0, -1) : args;
    const msg = clean(parts.map(describe).join(' '));
    const extra = cleanValue(fields) as LogFields;
    if (format === 'json') {
      write(
        JSON.stringify({ time: now().toISOString(), level: at, name, msg, ...extra }).replace(RAW_IN_JSON, escapeChar),
        at,
      );
      return;
    }
    const tail = Object.entries(extra).map(
      ([k, v]) => ` ${k}=${typeof v === 'string' ? JSON.stringify(v) : describe(v)}`,
    );
    const line = `[${at.toUpperCase()}] ${name} ${msg}${tail.join('')}`;
    write(line.replace(CONTROL, escapeChar), at);
  };

  return {
    debug: (...msg: unknown[]) => emit(LogLevel.DEBUG, msg),
    info: (...msg: unknown[]) => emit(LogLevel.INFO, msg),
    warn: (...msg: unknown[]) => emit(LogLevel.WARN, msg),
    error: (...msg: unknown[]) => emit(LogLevel.ERROR, msg),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
  };
}
