import { BOTH, type KnowledgeBase, type RoleId, type SourceFile, type TopicId } from '../knowledge/schema.ts';
import { stemPhrase } from './normalize.ts';

/**
 * The word people use for a kind of the hospital's own source, where it is one ("what's our *policy* on the CCM"): asked
 * of a role whose facts come from such a source, it asks for those facts. The word may be off-topic in language.json
 * ("policy": the PTO policy, the parking policy); about a role the hospital has a policy for, it is not.
 */
const KIND_WORDS: Partial<Record<SourceFile['kind'], string>> = { policy: 'policy' };

/** The stemmed word for a kind (KIND_WORDS) → role → the topics of its facts from the hospital's own sources of that kind. */
export type OwnSources = Map<string, Map<RoleId, TopicId[]>>;

/** Where each role's facts from the hospital's own sources of a named kind are, in the knowledge's topic order. */
export function ownSourceTopics(kb: KnowledgeBase): OwnSources {
  const byWord: OwnSources = new Map();
  for (const [kind, word] of Object.entries(KIND_WORDS)) {
    const byRole = new Map<RoleId, TopicId[]>();
    for (const topic of kb.topicOrder)
      for (const [role, facts] of Object.entries(kb.topics[topic]!.facts)) {
        if (!facts.some((f) => f.local && kb.sources[f.source]?.kind === kind)) continue;
        // What the main pair shares is each one's.
        for (const holder of role === BOTH ? kb.settings.mainPair : [role]) {
          const topics = byRole.get(holder) ?? [];
          if (!topics.includes(topic)) byRole.set(holder, [...topics, topic]);
        }
      }
    if (byRole.size > 0) byWord.set(stemPhrase(word), byRole);
  }
  return byWord;
}

/**
 * The topics an off-topic word that names a kind of the hospital's own sources points to, for the roles a question
 * names: those of the roles' facts from such sources. Null unless every off-topic word of the question is such a word
 * with such facts (any other, "parking", still marks the question as about something else).
 */
export function ownSourcesAsked(
  own: OwnSources,
  offTopic: readonly string[],
  roles: Iterable<RoleId>,
): TopicId[] | null {
  if (offTopic.length === 0) return null;
  const named = [...roles];
  const topics = new Set<TopicId>();
  for (const phrase of offTopic) {
    const byRole = own.get(stemPhrase(phrase));
    const found = named.flatMap((role) => byRole?.get(role) ?? []);
    if (found.length === 0) return null;
    for (const topic of found) topics.add(topic);
  }
  return [...topics];
}
