import { BOTH, type KnowledgeBase, type RoleId, type SourceFile, type TopicId } from '../knowledge/schema.ts';
import { stemPhrase } from './normalize.ts';

/**
 * The word people use for the hospital's own document on a role ("what's our *policy* on the CCM"), and the kinds of
 * source it finds, in order: asked of a role whose facts come from such a source, it asks for those facts. The word
 * may be off-topic in language.json ("policy": the PTO policy, the parking policy); about a role the hospital has a
 * policy for, it is not. A role the hospital describes only in its job description has that as its policy: "our
 * policy for heart failure nurses" finds the job description's facts, as nothing else the hospital wrote is theirs.
 */
const KIND_WORDS: Record<string, ReadonlyArray<SourceFile['kind']>> = { policy: ['policy', 'job-description'] };

/** The stemmed word for a kind (KIND_WORDS) → role → the topics of its facts from the hospital's own sources of that kind. */
export type OwnSources = Map<string, Map<RoleId, TopicId[]>>;

/** Each role's topics with facts from the hospital's own sources of one kind, in the knowledge's topic order. */
function topicsOfKind(kb: KnowledgeBase, kind: SourceFile['kind']): Map<RoleId, TopicId[]> {
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
  return byRole;
}

/**
 * Where each role's facts from the hospital's own sources a word names are: those of the first of its kinds (KIND_WORDS)
 * the role has facts from, so a role with a policy is asked its policy, and one with only a job description that.
 */
export function ownSourceTopics(kb: KnowledgeBase): OwnSources {
  const byWord: OwnSources = new Map();
  for (const [word, kinds] of Object.entries(KIND_WORDS)) {
    const byRole = new Map<RoleId, TopicId[]>();
    for (const kind of kinds)
      for (const [role, topics] of topicsOfKind(kb, kind)) if (!byRole.has(role)) byRole.set(role, topics);
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
