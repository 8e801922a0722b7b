import type { BOTH, CitedFact, KnowledgeBase, RoleId, SourceId, TopicId } from '../knowledge/schema.ts';

/** The facts for one role (or for both at once), as a card or the CLI shows them. */
export type FactGroup = {
  role: RoleId | typeof BOTH;
  label: string;
  /** The hospital's own facts first, each with the source it cites. */
  facts: CitedFact[];
  /** What the sources do not say for this role, said plainly instead of a guess. */
  silent?: string;
};

/** One source an answer rests on, as a card cites it. */
export type Citation = {
  source: SourceId;
  kind: string;
  title: string;
  publisher: string;
  date: string;
  dateLabel: string;
  /** Where in the source, when known. */
  section: string | null;
  /** One of the hospital's own sources. */
  local: boolean;
  /** When a person last checked its facts, and who. */
  reviewed: string;
  reviewer: string;
  author?: string;
};

/**
 * Every source the answer's facts cite (and the notes of what a source does not say), the hospital's own first.
 * The topic's own source cites the section the topic names; another cites the sections its facts name.
 */
export function citationsFor(
  kb: KnowledgeBase,
  topic: TopicId,
  groups: readonly FactGroup[],
  ownSection: string,
): Citation[] {
  const entry = kb.topics[topic]!;
  const sections = new Map<SourceId, Set<string>>();
  const use = (source: SourceId, section: string | null) => {
    const set = sections.get(source) ?? new Set<string>();
    if (section) set.add(section);
    sections.set(source, set);
  };
  for (const group of groups) {
    for (const fact of group.facts) use(fact.source, fact.ofTopic ? ownSection : fact.section);
    if (group.silent)
      for (const source of entry.silentFrom[group.role] ?? []) use(source, source === entry.source ? ownSection : null);
  }
  return [...sections]
    .map(([id, used]) => {
      const s = kb.sources[id]!;
      return {
        source: id,
        kind: s.kind,
        title: s.title,
        publisher: s.publisher,
        date: s.date,
        dateLabel: s.dateLabel,
        section: used.size > 0 ? [...used].join(' / ') : null,
        local: s.local,
        reviewed: s.reviewed,
        reviewer: s.reviewer,
        ...(s.author ? { author: s.author } : {}),
      };
    })
    .sort((a, b) => Number(b.local) - Number(a.local));
}
