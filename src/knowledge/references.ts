import { BOTH, type FactsFile, type KnowledgeFiles, type Source, type TopicFile } from './schema.ts';

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

/** Text as quotes are compared: runs of white space as one, typographic quotes and dashes as typed, any case. */
export const squash = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

type Shown = (file: string) => string;
type Fail = (field: string, detail: string) => never;
const failIn = (file: string, shown: Shown): Fail => (field, detail) => {
  throw new KnowledgeError(shown(file), field, detail);
};

/** Every id one file uses must be defined by another: roles, topics, sources, gaps; every quote must be in its source. */
export function checkReferences(files: KnowledgeFiles, shown: Shown): void {
  const roles = new Set(files.roleFiles.map(({ item }) => item.id));
  const topics = new Set(files.topicFiles.map(({ item }) => item.id));
  const texts = new Map(Object.values(files.sources).map((s) => [s.id, s.text === null ? null : squash(s.text)]));
  const fail = failIn('knowledge.json', shown);
  files.settings.mainPair.forEach((id, i) => roles.has(id) || fail(`mainPair[${i}]`, `unknown role "${id}"`));
  if (files.settings.mainPair[0] === files.settings.mainPair[1]) fail('mainPair', 'the main pair must be two different roles');
  // A question naming only a role is answered with the first topic: there must be one.
  if (topics.size === 0) failIn('topics', shown)('', 'no topics: add one file per topic under topics/');
  for (const { item, file } of files.topicFiles) checkTopic(item, failIn(file, shown), { roles, topics, sources: files.sources, texts });
  for (const { item, file } of files.factFiles) checkFactsFile(item, failIn(file, shown), { roles, topics, sources: files.sources, texts }, new Set(files.gaps.map((g) => g.id)));
  checkGaps(files, failIn('gaps.json', shown), topics);
  checkEveryRoleSaid(files, shown);
}

type Known = { roles: Set<string>; topics: Set<string>; sources: Record<string, Source>; texts: Map<string, string | null> };

function checkQuote(quote: string, sourceId: string, known: Known, field: string, fail: Fail): void {
  const text = known.texts.get(sourceId);
  if (text === null || text === undefined) return;
  if (!text.includes(squash(quote))) fail(field, `quote not found in the text of source "${sourceId}"`);
}

function checkTopic(topic: TopicFile, fail: Fail, known: Known): void {
  const source = known.sources[topic.source];
  if (!source) fail('source', `unknown source "${topic.source}"`);
  if (source.text === null) fail('source', `a topic's own facts quote their source, and "${topic.source}" is internal (put its facts in facts/)`);
  for (const [role, facts] of Object.entries(topic.facts)) {
    if (role !== BOTH && !known.roles.has(role)) fail(`facts.${role}`, `unknown role "${role}"`);
    facts.forEach((fact, i) => checkQuote(fact.quote, topic.source, known, `facts.${role}[${i}].quote`, fail));
  }
  for (const [field, keyed] of [['silent', topic.silent], ['roleSections', topic.roleSections]] as const) {
    for (const role of Object.keys(keyed ?? {})) if (!known.roles.has(role)) fail(`${field}.${role}`, `unknown role "${role}"`);
  }
  topic.related.forEach((id, i) => known.topics.has(id) || fail(`related[${i}]`, `unknown topic "${id}"`));
}

function checkFactsFile(file: FactsFile, fail: Fail, known: Known, aspects: Set<string>): void {
  const source = known.sources[file.source];
  if (!source) fail('source', `unknown source "${file.source}"`);
  file.facts.forEach((fact, i) => {
    const at = `facts[${i}]`;
    if (fact.role !== BOTH && !known.roles.has(fact.role)) fail(`${at}.role`, `unknown role "${fact.role}"`);
    if (!known.topics.has(fact.topic)) fail(`${at}.topic`, `unknown topic "${fact.topic}"`);
    if (source.text === null && fact.quote) fail(`${at}.quote`, `source "${file.source}" is internal: it has no text to quote`);
    if (source.text !== null && !fact.quote) fail(`${at}.quote`, `required: the words of "${file.source}" this fact rests on`);
    if (fact.quote) checkQuote(fact.quote, file.source, known, `${at}.quote`, fail);
    fact.answers?.forEach((id, j) => aspects.has(id) || fail(`${at}.answers[${j}]`, `unknown gap "${id}" (gaps.json)`));
  });
  file.silent.forEach((note, i) => {
    if (!known.roles.has(note.role)) fail(`silent[${i}].role`, `unknown role "${note.role}"`);
    if (!known.topics.has(note.topic)) fail(`silent[${i}].topic`, `unknown topic "${note.topic}"`);
  });
}

function checkGaps(files: KnowledgeFiles, fail: Fail, topics: Set<string>): void {
  const seen = new Set<string>();
  files.gaps.forEach((aspect, i) => {
    if (seen.has(aspect.id)) fail(`aspects[${i}].id`, `duplicate aspect id "${aspect.id}"`);
    seen.add(aspect.id);
    if (!topics.has(aspect.nearest)) fail(`aspects[${i}].nearest`, `unknown topic "${aspect.nearest}"`);
    aspect.onlyWith?.forEach((id, j) => topics.has(id) || fail(`aspects[${i}].onlyWith[${j}]`, `unknown topic "${id}"`));
  });
}

/** A role nobody wrote a fact for would be answered with nothing but "the sources do not say". */
function checkEveryRoleSaid(files: KnowledgeFiles, shown: Shown): void {
  const said = new Set<string>();
  for (const { item } of files.topicFiles) for (const [role, facts] of Object.entries(item.facts)) if (facts.length) said.add(role);
  for (const { item } of files.factFiles) for (const fact of item.facts) if (!fact.draft) said.add(fact.role);
  for (const { item, file } of files.roleFiles) {
    if (!said.has(item.id)) throw new KnowledgeError(shown(file), 'id', `no facts for role "${item.id}": add some under facts/ or topics/`);
  }
}
