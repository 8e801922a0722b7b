import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { projectPath } from '../project-root.ts';
import { formatDateLabel } from './dates.ts';
import { mergeFacts } from './merge.ts';
import {
  ContactsSchema,
  ConversationSchema,
  FactsFileSchema,
  GapsFileSchema,
  LanguageSchema,
  RoleSchema,
  SettingsSchema,
  SourceSchema,
  TopicSchema,
  type FactsFile,
  type KnowledgeBase,
  type KnowledgeFiles,
  type Role,
  type Settings,
  type Source,
  type TopicFile,
} from './schema.ts';
import { checkReferences, KnowledgeError } from './references.ts';

export { KnowledgeError } from './references.ts';

export const DEFAULT_KNOWLEDGE_DIR = projectPath('knowledge');

/** The folder KNOWLEDGE_DIR names, trimmed; undefined when unset or blank, so callers fall back to the default. */
export function knowledgeDir(env: NodeJS.ProcessEnv): string | undefined {
  return env.KNOWLEDGE_DIR?.trim() || undefined;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** A folder as messages name it: relative to where the command runs when inside it, else in full. */
export function shownFolder(dir: string): string {
  const rel = relative(process.cwd(), dir);
  if (rel === '') return '.';
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? dir : rel;
}

/** How a file of the folder is named in messages, so an editor can open it. */
export const shownPath = (dir: string, file: string) => join(shownFolder(dir), file);

function readText(dir: string, file: string): string {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    throw new KnowledgeError(shownPath(dir, file), '', `cannot read file (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
}

function parseFile<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  const raw = readText(dir, file);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new KnowledgeError(shownPath(dir, file), '', `not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new KnowledgeError(shownPath(dir, file), formatPath(issue.path) || '(root)', issue.message);
  }
  return result.data;
}

/** The JSON files of a folder, in name order; none when the folder does not exist (facts/ is optional). */
function jsonFiles(dir: string, folder: string): string[] {
  if (!existsSync(join(dir, folder))) return [];
  return readdirSync(join(dir, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
}

/** One item per file, whose id is the file's name: two files can never claim one id. */
function readById<S extends z.ZodType<{ id: string }>>(dir: string, folder: string, schema: S): Array<{ item: z.infer<S>; file: string }> {
  return jsonFiles(dir, folder).map((file) => {
    const item = parseFile(dir, file, schema);
    const expected = basename(file, '.json');
    if (item.id !== expected) throw new KnowledgeError(shownPath(dir, file), 'id', `"${item.id}" must match the file's name ("${expected}")`);
    return { item, file };
  });
}

function readSources(dir: string, settings: Settings): Record<string, Source> {
  const sources: Record<string, Source> = {};
  for (const { item, file } of readById(dir, 'sources', SourceSchema)) {
    if (item.file && !existsSync(join(dir, item.file))) throw new KnowledgeError(shownPath(dir, file), 'file', `no text at ${item.file}`);
    sources[item.id] = {
      ...item,
      dateLabel: item.dateLabel ?? formatDateLabel(item.date),
      local: item.kind === 'internal' || (item.local ?? false),
      reviewEveryDays: item.reviewEveryDays ?? settings.reviewEveryDays,
      text: item.file ? readText(dir, item.file) : null,
    };
  }
  return sources;
}

/** Roles in the order lists show them: the main pair first, then by `order`, then by id. */
function orderRoles(roles: Record<string, Role>, mainPair: readonly string[]): string[] {
  const rest = Object.values(roles)
    .filter((role) => !mainPair.includes(role.id))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id))
    .map((role) => role.id);
  return [...mainPair.filter((id) => roles[id]), ...rest];
}

function readFiles(dir: string): KnowledgeFiles {
  const settings = parseFile(dir, 'knowledge.json', SettingsSchema);
  const sources = readSources(dir, settings);
  const roleFiles = readById(dir, 'roles', RoleSchema);
  const topicFiles: Array<{ item: TopicFile; file: string }> = readById(dir, 'topics', TopicSchema);
  const factFiles: Array<{ item: FactsFile; file: string }> = jsonFiles(dir, 'facts').map((file) => ({ item: parseFile(dir, file, FactsFileSchema), file }));
  const language = parseFile(dir, 'language.json', LanguageSchema);
  const conversation = parseFile(dir, 'conversation.json', ConversationSchema);
  const contacts = parseFile(dir, 'contacts.json', ContactsSchema);
  const gaps = parseFile(dir, 'gaps.json', GapsFileSchema).aspects;
  return { settings, sources, roleFiles, topicFiles, factFiles, language, conversation, contacts, gaps };
}
export type { KnowledgeFiles } from './schema.ts';

/**
 * Loads and validates the whole knowledge folder, cross-references and quotes included, or throws a KnowledgeError
 * naming the file and field: the app never runs on a partly loaded one.
 */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const files = readFiles(dir);
  checkReferences(files, (file) => shownPath(dir, file));
  const roles = Object.fromEntries(files.roleFiles.map(({ item }) => [item.id, item]));
  const topicOrder = [...files.topicFiles]
    .sort((a, b) => a.item.order - b.item.order || a.item.id.localeCompare(b.item.id))
    .map(({ item }) => item.id);
  return {
    settings: files.settings,
    sources: files.sources,
    roles,
    roleOrder: orderRoles(roles, files.settings.mainPair),
    topics: mergeFacts(files),
    topicOrder,
    language: files.language,
    conversation: files.conversation,
    contacts: files.contacts,
    gaps: files.gaps,
  };
}
