/**
 * The schema's complaints and the JSON parser's, reworded for a knowledge keeper: what was found, what is expected,
 * with an example, instead of "expected string, received undefined" or "at position 731".
 */
import type { z } from 'zod';
import { shownValue, type Report } from './problems.ts';

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

/** A field's path as messages write it: `facts.care-manager[0].quote`. */
function formatPath(path: Path): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** The line and column (1-based) of a character of `text`. */
function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(index, text.length)));
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Whether JSON.parse stopped only because the text ended (so a longer text could still be valid). */
function endedEarly(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    return /end of JSON input|Unterminated string/.test(message) || (at !== null && Number(at[1]) >= text.length);
  }
}

/**
 * Where JSON.parse gave up. Its message names the position for most mistakes, and only the token for some
 * ("Unexpected token '/'"): then the shortest beginning of the text that already fails points at it.
 */
function syntaxIndex(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/end of JSON input/.test(message)) return text.length;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (endedEarly(text.slice(0, mid + 1))) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A JSON syntax error: line, column, and the parser's reason without the position it states another way. */
export function reportSyntax(text: string, error: Error, report: Report): void {
  const index = syntaxIndex(text, error.message);
  const reason = error.message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
  const hint = /property name/.test(reason)
    ? ' (field names are in double quotes, and there is no comma after the last one)'
    : '';
  const near = text.slice(index, index + 20).split('\n')[0]!;
  report(
    '',
    `not valid JSON: ${reason}${hint}${near ? `, at ${JSON.stringify(near)}` : ''}`,
    lineAndColumn(text, index),
  );
}

const EXPECTED: Record<string, string> = {
  string: 'a text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'an object in { }',
  tuple: 'a list in [ ]',
  record: 'an object in { }',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list (${shownValue(value)})`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `a text (${shownValue(value)})`;
  return `${typeof value === 'number' ? 'a number' : typeof value} (${shownValue(value)})`;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

type Def = {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
  innerType?: unknown;
  in?: unknown;
  items?: unknown[];
};
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;

/** The field names the schema allows at `path`, for "unknown field" messages; empty when it cannot tell. */
function fieldsAt(schema: unknown, path: Path): string[] {
  let def = defOf(schema);
  const unwrap = () => {
    while (def && (def.innerType || def.in) && def.type !== 'object') def = defOf(def.innerType ?? def.in);
  };
  for (const key of path) {
    unwrap();
    if (!def) return [];
    if (def.type === 'object') def = defOf(def.shape?.[String(key)]);
    else if (def.type === 'array') def = defOf(def.element);
    else if (def.type === 'record') def = defOf(def.valueType);
    else if (def.type === 'tuple') def = defOf(def.items?.[Number(key)]);
    else return [];
  }
  unwrap();
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** An id as a keeper probably meant it: "Social Worker" → "social-worker". */
const asId = (value: unknown) =>
  String(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'social-worker';

/** "2021-06-03" from "June 3, 2021" when the date can be read at all, else an example. */
function asDate(value: unknown): string {
  const parsed = typeof value === 'string' ? Date.parse(`${value} UTC`) : Number.NaN;
  return Number.isNaN(parsed) ? '2021-06-03' : new Date(parsed).toISOString().slice(0, 10);
}

function formatMessage(issue: Extract<Issue, { code: 'invalid_format' }>, value: unknown): string {
  const found = `found ${shownValue(value)}`;
  if (issue.format === 'date') return `${found}: a date is written YYYY-MM-DD, e.g. "${asDate(value)}"`;
  if (issue.format === 'url') return `${found}: expected a web address starting with https://`;
  if (issue.format === 'regex' && /hyphens/.test(issue.message))
    return `${found}: an id is lowercase words joined by hyphens, e.g. "${asId(value)}"`;
  return `${found}: ${issue.message}`;
}

function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, value: unknown): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const bound = issue.code === 'too_small' ? 'at least' : 'at most';
  if (issue.origin === 'string')
    return limit === 1 && issue.code === 'too_small'
      ? 'empty: write the text here, or remove the field'
      : `${bound} ${limit} characters`;
  if (issue.origin === 'array') {
    const n = Array.isArray(value) ? value.length : 0;
    return `found ${n} item${n === 1 ? '' : 's'}, expected ${bound} ${limit}`;
  }
  if (issue.origin === 'number')
    return `found ${shownValue(value)}, expected a number ${issue.code === 'too_small' ? 'above' : 'up to'} ${limit}`;
  return issue.message;
}

/** One schema complaint in a keeper's words; `data` is the file's content, to say what was found. */
function issueMessage(issue: Issue, data: unknown): { field: Path; message: string } {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return {
        field: issue.path,
        message: value === undefined ? `missing: expected ${expected}` : `found ${kindOf(value)}, expected ${expected}`,
      };
    }
    case 'invalid_format':
      return { field: issue.path, message: formatMessage(issue, value) };
    case 'too_small':
    case 'too_big':
      return { field: issue.path, message: sizeMessage(issue, value) };
    case 'invalid_value':
      return {
        field: issue.path,
        message: `found ${shownValue(value)}, expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'invalid_key': {
      const key = issue.path[issue.path.length - 1];
      const inner = issue.issues[0];
      const why = inner?.code === 'invalid_format' && /hyphens/.test(inner.message) ? `, e.g. "${asId(key)}"` : '';
      return {
        field: issue.path,
        message: `the key ${shownValue(key)} is not valid: ${inner?.message ?? issue.message}${why}`,
      };
    }
    case 'invalid_union':
      return {
        field: issue.path,
        message: `found ${kindOf(value)}, which is none of the forms this field takes (see docs/knowledge-format.md)`,
      };
    default:
      return { field: issue.path, message: issue.message };
  }
}

/** Every schema complaint about one file, reported in a keeper's words. */
export function reportIssues(issues: readonly Issue[], data: unknown, schema: unknown, report: Report): void {
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      // Each unknown field on its own line, with the ones this object takes: most are typos of one of them.
      const fields = fieldsAt(schema, issue.path);
      const known = fields.length ? `: the fields here are ${fields.map((f) => `"${f}"`).join(', ')}` : '';
      for (const key of issue.keys) report(formatPath([...issue.path, key]), `unknown field${known}`);
      continue;
    }
    const { field, message } = issueMessage(issue, data);
    report(formatPath(field) || '(whole file)', message);
  }
}
