/**
 * What the command-line tools share around their own work: node's parseArgs, strict, its complaints reworded to
 * name the flag and what it takes; and the exit codes: 0 done, 1 failed, 2 a command line the tool cannot read.
 */
import { parseArgs } from 'node:util';
import type { Io } from './program.ts';

/** A flag: `takes` says what its value is, as a message would ("a date: YYYY-MM-DD"). */
export type Flag = { type: 'string'; takes: string; short?: string } | { type: 'boolean'; short?: string };
export type Flags = Record<string, Flag>;

export type Values<F extends Flags> = { [K in keyof F]?: F[K]['type'] extends 'boolean' ? boolean : string };

/** A command line the tool cannot read: said with the usage, exit code 2. */
export class CommandLineError extends Error {}

const flagName = (name: string) => `--${name}`;

/** What the message says when a flag's value is missing, or when it cannot be read. */
const needsValue = (name: string, flag: Flag) =>
  flag.type === 'string' ? `${flagName(name)} needs a value: ${flag.takes}` : `${flagName(name)} takes no value`;
export const takes = (name: string, flag: Flag, found?: string) =>
  (flag.type === 'string' ? `${flagName(name)} takes ${flag.takes}` : `${flagName(name)} takes no value`) +
  (found === undefined ? '' : ` (found ${JSON.stringify(found)})`);

/** parseArgs' own message names the flag in quotes ("Option '-h, --help' does not take an argument"). */
function reword(error: unknown, flags: Flags): string {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'(?:-\w, )?(-{1,2}[^' ]*)/.exec(message)?.[1] ?? '';
  const name = Object.keys(flags).find((n) => flagName(n) === quoted || `-${flags[n]!.short}` === quoted);
  const flag = name ? flags[name] : undefined;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `unknown option ${quoted}: the options are ${Object.keys(flags).map(flagName).join(', ')}`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const argument = /'([^']*)'/.exec(message)?.[1] ?? '';
    return `unexpected argument "${argument}": only the options below are taken`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name && flag) {
    return needsValue(name, flag);
  }
  return message;
}

/**
 * The command line read strictly against `flags`: an unknown flag, a value missing (or empty) and a value given to
 * a flag that takes none are a CommandLineError naming the flag. Positional arguments only where `positionals`.
 */
export function readCommandLine<F extends Flags>(
  argv: string[],
  flags: F,
  { positionals = false } = {},
): { values: Values<F>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, f]) => [name, { type: f.type, ...(f.short ? { short: f.short } : {}) }]),
  );
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: positionals });
  } catch (error) {
    throw new CommandLineError(reword(error, flags));
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '') throw new CommandLineError(needsValue(name, flags[name]!));
  }
  return { values: parsed.values as Values<F>, positionals: parsed.positionals };
}

/**
 * A tool's work, with the exit codes every tool gives: a command line it cannot read is said with the usage (2);
 * any other failure in one line (1). Storage's errors say "career-bot cannot start", which reads "<name> cannot
 * run" here; they name the variable to fix and never the password.
 */
export async function runCommand(
  name: string,
  usage: string,
  io: Io,
  work: () => Promise<number> | number,
): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CommandLineError) {
      io.stderr.write(`${error.message}\n\n${usage}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${message.replace(/^career-bot cannot start/, `${name} cannot run`)}\n`);
    return 1;
  }
}

/** `text` and a new line, as console.log writes it. */
export const writeLine = (stream: NodeJS.WritableStream, text: string) => stream.write(`${text}\n`);
