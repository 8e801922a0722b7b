import type { KnowledgeBase, RoleId } from '../knowledge/schema.ts';

/** The roles the knowledge has, and which two a question means when it names fewer. */
export type RoleSpace = {
  /** The two roles compared by default: "both" and a question naming no role mean these. */
  mainPair: readonly [RoleId, RoleId];
  /** Roles in the knowledge's order (main pair first), so "care vs case" and "case vs care" read the same. */
  ordered(roles: Iterable<RoleId>): RoleId[];
  /** The pair a role is discussed in when nothing else says: the main pair, or the role with the first main role. */
  pairOf(role: RoleId): RoleId[];
  /** The roles of this list the knowledge has, once each, in its order: a button may name old or repeated ones. */
  known(roles: Iterable<RoleId>): RoleId[];
  /** Exactly the main pair, in any order. */
  isMainPair(roles: readonly RoleId[]): boolean;
  /** The topic a question naming only roles gets ("care manager?"): the first in order, the definitions when shipped. */
  overview: string;
};

export function roleSpace(kb: Pick<KnowledgeBase, 'roleOrder' | 'settings' | 'topicOrder'>): RoleSpace {
  const rank = new Map(kb.roleOrder.map((id, i) => [id, i]));
  const mainPair = kb.settings.mainPair;
  const ordered = (roles: Iterable<RoleId>) =>
    [...new Set(roles)].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
  return {
    mainPair,
    known: (roles) => ordered([...roles].filter((role) => rank.has(role))),
    isMainPair: (roles) =>
      roles.length === 2 && roles[0] !== roles[1] && roles.every((role) => mainPair.includes(role)),
    overview: kb.topicOrder[0]!,
    ordered,
    pairOf: (role) => (mainPair.includes(role) ? [...mainPair] : ordered([mainPair[0], role])),
  };
}

/** The roles less those set aside ("case, not care"); when that leaves none, the pair being discussed less them. */
export function withoutSetAside(roles: RoleId[], setAside: ReadonlySet<RoleId>, pair: readonly RoleId[]): RoleId[] {
  if (setAside.size === 0) return roles;
  const kept = roles.filter((role) => !setAside.has(role));
  return kept.length > 0 ? kept : pair.filter((role) => !setAside.has(role));
}
