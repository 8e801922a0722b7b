import { projectPath } from '../project-root.ts';
import { mergeFacts } from './merge.ts';
import { KnowledgeError, type Problem } from './problems.ts';
import { readFiles, shownPath, type ReadFiles } from './read.ts';
import { checkReferences } from './references.ts';
import type { KnowledgeBase, KnowledgeFiles, Role } from './schema.ts';

export { KnowledgeError, type Problem } from './problems.ts';
export { shownFolder, shownPath } from './read.ts';

export const DEFAULT_KNOWLEDGE_DIR = projectPath('knowledge');

/** The folder KNOWLEDGE_DIR names, trimmed; undefined when unset or blank, so callers fall back to the default. */
export function knowledgeDir(env: NodeJS.ProcessEnv): string | undefined {
  return env.KNOWLEDGE_DIR?.trim() || undefined;
}

/** Roles in the order lists show them: the main pair first, then by `order`, then by id. */
function orderRoles(roles: Record<string, Role>, mainPair: readonly string[]): string[] {
  const rest = Object.values(roles)
    .filter((role) => !mainPair.includes(role.id))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id))
    .map((role) => role.id);
  return [...mainPair.filter((id) => roles[id]), ...rest];
}

const isWhole = (files: ReadFiles): files is ReadFiles & KnowledgeFiles =>
  files.settings !== null &&
  files.language !== null &&
  files.conversation !== null &&
  files.contacts !== null &&
  files.gaps !== null;

function build(files: KnowledgeFiles): KnowledgeBase {
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

/**
 * Reads and checks the whole folder: every file on its own, then each against the others (ids, quotes). Either a
 * knowledge base, or every problem found, file by file.
 */
export function inspectKnowledge(
  dir: string = DEFAULT_KNOWLEDGE_DIR,
): { kb: KnowledgeBase; problems: [] } | { kb: null; problems: Problem[] } {
  const { files, problems } = readFiles(dir);
  checkReferences(files, problems, (file) => shownPath(dir, file));
  if (problems.count > 0 || !isWhole(files)) return { kb: null, problems: problems.list };
  return { kb: build(files), problems: [] };
}

/**
 * Loads and validates the whole knowledge folder, cross-references and quotes included, or throws a KnowledgeError
 * with every problem found: the app never runs on a partly loaded one.
 */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const result = inspectKnowledge(dir);
  if (result.kb === null) throw new KnowledgeError(result.problems);
  return result.kb;
}
