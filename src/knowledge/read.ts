/**
 * Reads every file of a knowledge folder, each on its own: a broken file is reported and the others are still read,
 * so one run names every problem. Nothing here checks one file against another (references.ts does).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { formatDateLabel } from './dates.ts';
import { Problems, type Report } from './problems.ts';
import {
  ContactsSchema,
  ConversationSchema,
  FactEntrySchema,
  FactsEnvelopeSchema,
  FactsFileSchema,
  GapsFileSchema,
  LanguageSchema,
  RoleSchema,
  SilentNoteSchema,
  SettingsSchema,
  SourceSchema,
  TopicSchema,
  type Aspect,
  type Contacts,
  type Conversation,
  type FactsFile,
  type Language,
  type Role,
  type Settings,
  type Source,
  type TopicFile,
} from './schema.ts';
import { reportIssues, reportSyntax } from './wording.ts';

/** A folder as messages name it: relative to where the command runs when inside it, else in full. */
export function shownFolder(dir: string): string {
  const rel = relative(process.cwd(), dir);
  if (rel === '') return '.';
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? dir : rel;
}

/** How a file of the folder is named in messages, so an editor can open it. */
export const shownPath = (dir: string, file: string) => join(shownFolder(dir), file);

type Reader = { dir: string; problems: Problems; report(file: string): Report };

function readText(reader: Reader, file: string, report = reader.report(file)): string | null {
  try {
    return readFileSync(join(reader.dir, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    report(
      '',
      code === 'ENOENT'
        ? 'missing: this file is part of every knowledge folder (copy it from the shipped knowledge/)'
        : `cannot read the file (${code ?? error})`,
    );
    return null;
  }
}

/** A file's JSON, or null (its problem reported). */
function readJson(reader: Reader, file: string, report = reader.report(file)): { data: unknown } | null {
  const raw = readText(reader, file, report);
  if (raw === null) return null;
  try {
    return { data: JSON.parse(raw) };
  } catch (error) {
    reportSyntax(raw, error as Error, report);
    return null;
  }
}

/** A file's content checked against its schema, or null (its problems reported); `data` is what the file holds. */
function parseFile<S extends z.ZodType>(
  reader: Reader,
  file: string,
  schema: S,
): { value: z.infer<S> | null; data: unknown } {
  const report = reader.report(file);
  const json = readJson(reader, file, report);
  if (json === null) return { value: null, data: undefined };
  const result = schema.safeParse(json.data);
  if (result.success) return { value: result.data, data: json.data };
  reportIssues(result.error.issues, json.data, schema, report);
  return { value: null, data: json.data };
}

/**
 * A facts file read fact by fact: a broken fact is reported and left out (a hole at its index, so the others keep
 * their place in messages), and the rest are still checked against the other files.
 */
function parseFactsFile(reader: Reader, file: string): FactsFile | null {
  const report = reader.report(file);
  const json = readJson(reader, file, report);
  if (json === null) return null;
  const envelope = FactsEnvelopeSchema.safeParse(json.data);
  if (!envelope.success) {
    reportIssues(envelope.error.issues, json.data, FactsFileSchema, report);
    return null;
  }
  const each = <T>(list: unknown[], key: string, schema: z.ZodType<T>): T[] => {
    const kept: T[] = [];
    list.forEach((entry, i) => {
      const result = schema.safeParse(entry);
      if (result.success) kept[i] = result.data;
      else
        reportIssues(
          result.error.issues.map((issue) => ({ ...issue, path: [key, i, ...issue.path] })),
          json.data,
          FactsFileSchema,
          report,
        );
    });
    return kept;
  };
  return {
    source: envelope.data.source,
    facts: each(envelope.data.facts, 'facts', FactEntrySchema),
    silent: each(envelope.data.silent, 'silent', SilentNoteSchema),
  };
}

/** The JSON files of a folder, in name order; none when the folder does not exist (facts/ is optional). */
function jsonFiles(dir: string, folder: string): string[] {
  if (!existsSync(join(dir, folder))) return [];
  return readdirSync(join(dir, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * One item per file, whose id is the file's name: two files can never claim one id. A file that does not parse
 * still names an id (its file's), so what refers to it is not reported a second time.
 */
function readById<S extends z.ZodType<{ id: string }>>(reader: Reader, folder: string, schema: S) {
  const read: Array<{ item: z.infer<S>; file: string }> = [];
  /** Files that do not parse, with what they hold. */
  const broken: Array<{ data: unknown; file: string }> = [];
  const ids = new Set<string>();
  for (const file of jsonFiles(reader.dir, folder)) {
    const expected = basename(file, '.json');
    ids.add(expected);
    const { value: item, data } = parseFile(reader, file, schema);
    if (!item) {
      broken.push({ data, file });
      continue;
    }
    if (item.id !== expected)
      reader.report(file)(
        'id',
        `"${item.id}" must match the file's name ("${expected}"): rename the file or change the id`,
      );
    else read.push({ item, file });
  }
  return { read, ids, broken };
}

/** The text a source's `file` names, or null (its problem reported). */
function sourceText(reader: Reader, id: string, path: string, file: string): string | null {
  if (!existsSync(join(reader.dir, path))) {
    const where = shownFolder(reader.dir);
    reader.report(file)(
      'file',
      `found "${path}", but there is no such file: paths are relative to the knowledge folder (${where}), e.g. "sources/${id}.txt"`,
    );
    return null;
  }
  return readText(reader, path);
}

/**
 * The sources read whole, and every source's text by id: a source file with another mistake (a date) still has its
 * quotes checked, so one run names both. A text of null is an internal source's (nothing to quote).
 */
function readSources(reader: Reader, settings: Settings | null) {
  const { read, ids, broken } = readById(reader, 'sources', SourceSchema);
  const sources: Record<string, Source> = {};
  const texts = new Map<string, string | null>();
  for (const { data, file } of broken) {
    const raw = (data ?? {}) as { file?: unknown; kind?: unknown };
    const id = basename(file, '.json');
    if (raw.kind === 'internal') texts.set(id, null);
    else if (typeof raw.file === 'string' && existsSync(join(reader.dir, raw.file)))
      texts.set(id, readText(reader, raw.file) ?? '');
  }
  for (const { item, file } of read) {
    const text = item.file ? sourceText(reader, item.id, item.file, file) : null;
    if (item.file && text === null) continue;
    texts.set(item.id, text);
    sources[item.id] = {
      ...item,
      dateLabel: item.dateLabel ?? formatDateLabel(item.date),
      local: item.kind === 'internal' || (item.local ?? false),
      reviewEveryDays: item.reviewEveryDays ?? settings?.reviewEveryDays ?? 90,
      text,
    };
  }
  return { sources, ids, texts };
}

/** Every file of a folder, as far as each could be read, and the problems met. */
export function readFiles(dir: string) {
  const problems = new Problems();
  const reader: Reader = { dir, problems, report: (file) => problems.in(shownPath(dir, file)) };
  const settings = parseFile(reader, 'knowledge.json', SettingsSchema).value;
  const { sources, ids: sourceIds, texts } = readSources(reader, settings);
  const roles = readById(reader, 'roles', RoleSchema);
  const topics = readById(reader, 'topics', TopicSchema);
  const factFiles: Array<{ item: FactsFile; file: string }> = jsonFiles(dir, 'facts').flatMap((file) => {
    const item = parseFactsFile(reader, file);
    return item ? [{ item, file }] : [];
  });
  const files = {
    settings,
    sources,
    roleFiles: roles.read as Array<{ item: Role; file: string }>,
    topicFiles: topics.read as Array<{ item: TopicFile; file: string }>,
    factFiles,
    /** Every source's text by id, broken source files included; null for an internal source. */
    texts,
    language: parseFile(reader, 'language.json', LanguageSchema).value as Language | null,
    conversation: parseFile(reader, 'conversation.json', ConversationSchema).value as Conversation | null,
    contacts: parseFile(reader, 'contacts.json', ContactsSchema).value as Contacts | null,
    gaps: (parseFile(reader, 'gaps.json', GapsFileSchema).value?.aspects ?? null) as Aspect[] | null,
    /** Every id a file names, read or not: what refers to a broken file is not reported again. */
    ids: { sources: sourceIds, roles: roles.ids, topics: topics.ids },
  };
  return { files, problems };
}

export type ReadFiles = ReturnType<typeof readFiles>['files'];
