import { BOTH, type KnowledgeBase, type RoleId, type TopicId } from './schema.ts';

/** What the knowledge says for one role on one topic. */
export type CoverageCell = {
  /** Facts for this role alone (what the main pair shares is counted under `shared`). */
  facts: number;
  /** Of them, from the hospital's own sources. */
  local: number;
  /** The note saying what the sources do not say, or null. */
  silent: string | null;
  /** No fact and no note: the bot would say that no source says anything. */
  missing: boolean;
};

export type TopicCoverage = {
  topic: TopicId;
  title: string;
  cells: Record<RoleId, CoverageCell>;
  /** Facts the main pair shares ("both"). */
  shared: { facts: number; local: number };
};

/** Every role against every topic, in the order lists show them. */
export function coverage(kb: KnowledgeBase): TopicCoverage[] {
  return kb.topicOrder.map((id) => {
    const topic = kb.topics[id]!;
    const count = (role: string) => {
      const facts = topic.facts[role] ?? [];
      return { facts: facts.length, local: facts.filter((f) => f.local).length };
    };
    const cells = Object.fromEntries(
      kb.roleOrder.map((role) => {
        const said = count(role);
        const silent = topic.silent[role] ?? null;
        return [role, { ...said, silent, missing: said.facts === 0 && silent === null }];
      }),
    );
    return { topic: id, title: topic.title, cells, shared: count(BOTH) };
  });
}
