/** The facts of every file merged into topics, as the app answers from them. */
import { BOTH, type CitedFact, type FactsFile, type KnowledgeFiles, type Topic, type TopicFile } from './schema.ts';

/**
 * Each topic with the facts of every source, by role: the hospital's own first (when a local fact and the article
 * differ, people should read the local one first), then the topic's own source, then the others. Drafts are left out.
 * A silent note is dropped where a fact says it answers it: the card never says "no source gives a figure" beside
 * the hospital's own figure.
 */
export function mergeFacts(files: KnowledgeFiles): Record<string, Topic> {
  const topics: Record<string, Topic> = {};
  for (const { item } of files.topicFiles) topics[item.id] = topicOf(item, files.sources[item.source]!.local);
  const answered: Array<{ topic: string; role: string }> = [];
  for (const { item } of files.factFiles) addFactsFile(topics, item, files.sources[item.source]!.local, answered);
  for (const { topic, role } of answered) {
    delete topics[topic]!.silent[role];
    delete topics[topic]!.silentFrom[role];
  }
  // Stable: within local and not local, each source's facts keep their order.
  for (const topic of Object.values(topics)) {
    for (const role of Object.keys(topic.facts)) topic.facts[role]!.sort((a, b) => Number(b.local) - Number(a.local));
  }
  return topics;
}

/** A topic file's own facts and silent notes, cited to the topic's source (a role's own section where it has one). */
function topicOf(item: TopicFile, local: boolean): Topic {
  const { facts, silent, ...rest } = item;
  const own: Record<string, CitedFact[]> = {};
  for (const [role, list] of Object.entries(facts)) {
    const section = (role !== BOTH && item.roleSections?.[role]) || item.section;
    own[role] = list.map((fact) => ({
      text: fact.text,
      quote: fact.quote,
      source: item.source,
      section,
      local,
      answers: [],
      touches: [],
      ofTopic: true,
    }));
  }
  return {
    ...rest,
    facts: own,
    silent: { ...silent },
    silentFrom: Object.fromEntries(Object.keys(silent ?? {}).map((role) => [role, [item.source]])),
  };
}

/**
 * Adds a facts file's facts (not its drafts) and silent notes to their topics; notes the facts that answer a silent
 * note in `answered`, for the caller to drop once every file is in.
 */
function addFactsFile(
  topics: Record<string, Topic>,
  item: FactsFile,
  local: boolean,
  answered: Array<{ topic: string; role: string }>,
): void {
  for (const fact of item.facts) {
    if (fact.draft) continue;
    const byRole = topics[fact.topic]!.facts;
    byRole[fact.role] ??= [];
    byRole[fact.role]!.push({
      text: fact.text,
      quote: fact.quote ?? null,
      source: item.source,
      section: fact.section ?? null,
      local,
      answers: fact.answers ?? [],
      touches: fact.touches ?? [],
      ofTopic: false,
    });
    if (fact.answersSilent) answered.push(fact);
  }
  for (const note of item.silent) {
    const { silent, silentFrom } = topics[note.topic]!;
    silent[note.role] = silent[note.role] ? `${silent[note.role]} ${note.text}` : note.text;
    silentFrom[note.role] ??= [];
    silentFrom[note.role]!.push(item.source);
  }
}
