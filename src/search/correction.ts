import type { RoleId } from '../knowledge/schema.ts';
import type { Concept } from './reading.ts';

/**
 * A self-correction inside one message ("what do case managers earn, *wait no*, care managers", "skills for care
 * managers, *I mean* case managers"): English's repair markers (conversation.json `corrections`, a closed class)
 * followed by a role replace the role named before them. The marker as a pattern over the lower-cased text, longest
 * first, whole words only; null when the knowledge lists none.
 */
export function correctionPattern(markers: readonly string[]): RegExp | null {
  const words = markers
    .map((marker) => marker.trim().toLowerCase())
    .filter((marker) => marker !== '')
    .sort((a, b) => b.length - a.length)
    .map((marker) => marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[^\\p{L}\\p{N}]+'));
  return words.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}'])(?:${words.join('|')})(?![\\p{L}\\p{N}'])`, 'giu');
}

/** The text before a repair marker and the text after it, for each marker the message has (usually none). */
export function repairsIn(question: string, pattern: RegExp | null): Array<{ before: string; after: string }> {
  if (pattern === null) return [];
  return [...question.matchAll(pattern)].map((m) => ({
    before: question.slice(0, m.index),
    after: question.slice(m.index + m[0].length),
  }));
}

/** A role concept that names the role asked (not the asker's past, a comparison's standard or a credential's holder). */
const askedRole = (c: Concept): RoleId | undefined =>
  c.kind === 'role' && !c.past && !c.standard && !c.credential ? c.role : undefined;

/** Whether the words after a repair marker open with a role asked (`opening`: their concepts in order). */
export const opensWithRole = (opening: readonly Concept[]) =>
  opening[0] !== undefined && askedRole(opening[0]) !== undefined;

/**
 * The roles a repair sets aside: those named before the marker, when the words right after it open with another role
 * (`opening`: their concepts, none when a joiner opens them: "sorry, *and* care managers?" adds one) and what follows
 * (`after`) names none of them again ("I mean case managers vs care managers" compares). Empty otherwise.
 */
export function repaired(
  before: readonly Concept[],
  opening: readonly Concept[],
  after: readonly Concept[],
): Set<RoleId> {
  const replacing = opening[0] === undefined ? undefined : askedRole(opening[0]);
  if (replacing === undefined) return new Set();
  const again = new Set(after.flatMap((c) => askedRole(c) ?? []));
  again.delete(replacing);
  const named = before.flatMap((c) => askedRole(c) ?? []);
  return new Set(named.filter((role) => role !== replacing && !again.has(role)));
}

/** The concepts with the roles a repair set aside read as set aside ("not case managers"). */
export function withRepairs(concepts: Concept[], setAside: ReadonlySet<RoleId>): Concept[] {
  if (setAside.size === 0) return concepts;
  return concepts.map((c) => (c.kind === 'role' && setAside.has(c.role) ? { kind: 'not-role', role: c.role } : c));
}

/**
 * A repair that opens a message and asks nothing ("oh sorry I meant care managers, we're a home care agency"): it
 * names the role the thread's question was meant for, and what it goes on to say is who the asker is, context as a
 * statement of the asker's is; the topic terms after the role are not asked. The concepts up to the role are kept.
 */
export function repairOpening(concepts: Concept[]): Concept[] {
  const role = concepts.findIndex((c) => askedRole(c) !== undefined);
  if (role < 0) return concepts;
  return [...concepts.slice(0, role + 1), ...concepts.slice(role + 1).filter((c) => c.kind !== 'term')];
}

/**
 * Words a message may open with before a marker that it leaves the thread ("ok *unrelated* but", "cool. *different
 * question*"): an acknowledgement or two. Higher reads a marker inside the question ("is that unrelated to ...") as
 * leaving; lower misses "ok so unrelated".
 */
const NEW_SUBJECT_OPENING = 2;

/**
 * Whether a message opens by leaving the thread for another matter ("ok unrelated but what do PTs make", "diff
 * question, what's a PCT"): conversation.json `newSubject`, a closed class of English, within the opening words.
 */
export function leavesThread(question: string, pattern: RegExp | null): boolean {
  // search, not exec: it reads from the start whatever the shared global pattern's lastIndex, and leaves it as it was.
  const at = pattern === null ? -1 : question.search(pattern);
  if (at < 0) return false;
  const before = question.slice(0, at).match(/[\p{L}\p{N}]+/gu) ?? [];
  return before.length <= NEW_SUBJECT_OPENING;
}
