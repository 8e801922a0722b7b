import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { projectPath } from '../project-root.ts';
import {
  ConversationSchema,
  GapsFileSchema,
  LanguageSchema,
  RolesFileSchema,
  ROLE_IDS,
  SourceSchema,
  TOPIC_IDS,
  TopicSchema,
  type KnowledgeBase,
  type Role,
  type RoleId,
  type Topic,
  type TopicId,
} from './schema.ts';

export const DEFAULT_KNOWLEDGE_DIR = projectPath('knowledge');

/** A knowledge file that cannot be used: the message names the file and the field, so an editor can fix it. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ''}${detail}`);
    this.name = 'KnowledgeError';
  }
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function readJson(dir: string, file: string): unknown {
  const shown = join(relative(process.cwd(), dir) || '.', file);
  let raw: string;
  try {
    raw = readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    throw new KnowledgeError(shown, '', `cannot read file (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new KnowledgeError(shown, '', `not valid JSON (${(error as Error).message})`);
  }
}

function parseFile<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  const shown = join(relative(process.cwd(), dir) || '.', file);
  const result = schema.safeParse(readJson(dir, file));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new KnowledgeError(shown, formatPath(issue.path) || '(root)', issue.message);
  }
  return result.data;
}

function indexById<T extends { id: string }, Id extends string>(
  dir: string,
  items: ReadonlyArray<{ item: T; file: string; field: string }>,
  expected: readonly Id[],
  kind: string,
): Record<Id, T> {
  const byId = new Map<string, T>();
  for (const { item, file, field } of items) {
    if (byId.has(item.id)) {
      throw new KnowledgeError(join(relative(process.cwd(), dir) || '.', file), field, `duplicate ${kind} id "${item.id}"`);
    }
    byId.set(item.id, item);
  }
  const missing = expected.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    const shown = relative(process.cwd(), dir) || '.';
    throw new KnowledgeError(shown, kind, `missing ${kind}(s): ${missing.join(', ')}`);
  }
  return Object.fromEntries(byId) as Record<Id, T>;
}

/**
 * Loads and validates the whole knowledge base, or throws a KnowledgeError: the app never runs on a partly
 * loaded one.
 */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const source = parseFile(dir, 'source.json', SourceSchema);
  const article = (() => {
    try {
      return readFileSync(join(dir, source.file), 'utf8');
    } catch {
      throw new KnowledgeError(join(relative(process.cwd(), dir) || '.', 'source.json'), 'file', `article not found at ${source.file}`);
    }
  })();
  const rolesFile = parseFile(dir, 'roles.json', RolesFileSchema);
  const roles = indexById<Role, RoleId>(
    dir,
    rolesFile.roles.map((item, i) => ({ item, file: 'roles.json', field: `roles[${i}].id` })),
    ROLE_IDS,
    'role',
  );
  const topicFiles = readdirSync(join(dir, 'topics'))
    .filter((name) => name.endsWith('.json'))
    .sort();
  const topics = indexById<Topic, TopicId>(
    join(dir, 'topics'),
    topicFiles.map((file) => ({ item: parseFile(join(dir, 'topics'), file, TopicSchema), file, field: 'id' })),
    TOPIC_IDS,
    'topic',
  );
  const language = parseFile(dir, 'language.json', LanguageSchema);
  const conversation = parseFile(dir, 'conversation.json', ConversationSchema);
  const gaps = parseFile(dir, 'gaps.json', GapsFileSchema).aspects;
  const duplicate = gaps.findIndex((aspect, i) => gaps.findIndex((other) => other.id === aspect.id) !== i);
  if (duplicate >= 0) {
    throw new KnowledgeError(join(relative(process.cwd(), dir) || '.', 'gaps.json'), `aspects[${duplicate}].id`, `duplicate aspect id "${gaps[duplicate]!.id}"`);
  }
  return { source, article, roles, topics, language, conversation, gaps };
}
