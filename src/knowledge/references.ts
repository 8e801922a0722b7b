/**
 * Every id one file uses must be defined by another (roles, topics, sources, gaps), and every quote must be in its
 * source. Problems are reported, not thrown: one run names them all.
 */
import { idList, type Problems, type Report } from './problems.ts';
import { closestPassage, squash } from './quotes.ts';
import type { ReadFiles } from './read.ts';
import { BOTH, type FactsFile, type TopicFile } from './schema.ts';

type Shown = (file: string) => string;

type Known = {
  roles: Set<string>;
  topics: Set<string>;
  sourceIds: Set<string>;
  /** Each source's text (null: internal, nothing to quote); a source with none here cannot be checked against. */
  texts: Map<string, string | null>;
  /** gaps.json's aspect ids, or null when gaps.json itself is broken. */
  aspects: Set<string> | null;
};

const unknownRole = (id: string, known: Known, both: boolean) =>
  `unknown role "${id}": the roles are ${idList(known.roles)}${both ? ` (or "${BOTH}" for what the main pair shares)` : ''}, one file each under roles/`;
const unknownTopic = (id: string, known: Known) =>
  `unknown topic "${id}": the topics are ${idList(known.topics)}, one file each under topics/`;
const unknownSource = (id: string, known: Known) =>
  `unknown source "${id}": the sources are ${idList(known.sourceIds)}, one file each under sources/`;

export function checkReferences(files: ReadFiles, problems: Problems, shown: Shown): void {
  const known: Known = {
    roles: files.ids.roles,
    topics: files.ids.topics,
    sourceIds: files.ids.sources,
    texts: files.texts,
    aspects: files.gaps ? new Set(files.gaps.map((g) => g.id)) : null,
  };
  const at = (file: string) => problems.in(shown(file));
  if (files.settings) checkSettings(files.settings.mainPair, at('knowledge.json'), known);
  // A question naming only a role is answered with the first topic: there must be one.
  if (known.topics.size === 0) at('topics')('', 'no topics: add one file per topic under topics/');
  for (const { item, file } of files.topicFiles) checkTopic(item, at(file), known);
  for (const { item, file } of files.factFiles) checkFactsFile(item, at(file), known);
  if (files.gaps) checkGaps(files.gaps, at('gaps.json'), known);
  for (const { item, file } of files.roleFiles) {
    item.examples?.forEach((example, i) => {
      if (!known.topics.has(example.topic)) at(file)(`examples[${i}].topic`, unknownTopic(example.topic, known));
    });
  }
  checkEveryRoleSaid(files, at);
}

function checkSettings(mainPair: readonly string[], report: Report, known: Known): void {
  mainPair.forEach((id, i) => {
    if (!known.roles.has(id)) report(`mainPair[${i}]`, unknownRole(id, known, false));
  });
  if (mainPair[0] === mainPair[1])
    report('mainPair', `found "${mainPair[0]}" twice: the main pair is two different roles`);
}

function checkQuote(quote: string, sourceId: string, known: Known, field: string, report: Report): void {
  const text = known.texts.get(sourceId);
  if (text === null || text === undefined || squash(text).includes(squash(quote))) return;
  const closest = closestPassage(quote, text);
  const details = closest
    ? [
        `closest passage of the source, with the words that differ marked «so»:`,
        `  source: ${closest.source}`,
        `  quote:  ${closest.quote}`,
      ]
    : ['no passage of the source comes close: is it the right source, or is the quote from another one?'];
  report(
    field,
    `quote not found in the text of source "${sourceId}" (quotes are the source's own words, copied exactly)`,
    { details },
  );
}

function checkTopic(topic: TopicFile, report: Report, known: Known): void {
  const text = known.texts.get(topic.source);
  if (!known.sourceIds.has(topic.source)) report('source', unknownSource(topic.source, known));
  else if (text === null)
    report(
      'source',
      `a topic's own facts quote their source, and "${topic.source}" is internal (put its facts in facts/)`,
    );
  for (const [role, facts] of Object.entries(topic.facts)) {
    if (role !== BOTH && !known.roles.has(role)) report(`facts.${role}`, unknownRole(role, known, true));
    if (text)
      facts.forEach((fact, i) => {
        checkQuote(fact.quote, topic.source, known, `facts.${role}[${i}].quote`, report);
      });
  }
  for (const [field, keyed] of [
    ['silent', topic.silent],
    ['roleSections', topic.roleSections],
  ] as const) {
    for (const role of Object.keys(keyed ?? {}))
      if (!known.roles.has(role)) report(`${field}.${role}`, unknownRole(role, known, false));
  }
  topic.related.forEach((id, i) => {
    if (!known.topics.has(id)) report(`related[${i}]`, unknownTopic(id, known));
  });
}

function checkFactsFile(file: FactsFile, report: Report, known: Known): void {
  const text = known.texts.get(file.source);
  if (!known.sourceIds.has(file.source)) report('source', unknownSource(file.source, known));
  file.facts.forEach((fact, i) => {
    const at = `facts[${i}]`;
    if (fact.role !== BOTH && !known.roles.has(fact.role)) report(`${at}.role`, unknownRole(fact.role, known, true));
    if (!known.topics.has(fact.topic)) report(`${at}.topic`, unknownTopic(fact.topic, known));
    if (text === null && fact.quote)
      report(`${at}.quote`, `source "${file.source}" is internal: it has no text to quote (remove "quote")`);
    if (text && !fact.quote)
      report(`${at}.quote`, `missing: the words of "${file.source}" this fact rests on, copied exactly`);
    if (text && fact.quote) checkQuote(fact.quote, file.source, known, `${at}.quote`, report);
    if (known.aspects) {
      const aspects = known.aspects;
      for (const field of ['answers', 'touches'] as const) {
        fact[field]?.forEach((id, j) => {
          if (!aspects.has(id))
            report(`${at}.${field}[${j}]`, `unknown gap "${id}": the gaps (ids in gaps.json) are ${idList(aspects)}`);
        });
      }
    }
  });
  file.silent.forEach((note, i) => {
    if (!known.roles.has(note.role)) report(`silent[${i}].role`, unknownRole(note.role, known, false));
    if (!known.topics.has(note.topic)) report(`silent[${i}].topic`, unknownTopic(note.topic, known));
  });
}

function checkGaps(gaps: NonNullable<ReadFiles['gaps']>, report: Report, known: Known): void {
  const seen = new Set<string>();
  gaps.forEach((aspect, i) => {
    if (seen.has(aspect.id)) report(`aspects[${i}].id`, `duplicate aspect id "${aspect.id}": each gap has its own id`);
    seen.add(aspect.id);
    if (!known.topics.has(aspect.nearest)) report(`aspects[${i}].nearest`, unknownTopic(aspect.nearest, known));
    aspect.onlyWith?.forEach((id, j) => {
      if (!known.topics.has(id)) report(`aspects[${i}].onlyWith[${j}]`, unknownTopic(id, known));
    });
  });
}

/** A role nobody wrote a fact for would be answered with nothing but "the sources do not say". */
function checkEveryRoleSaid(files: ReadFiles, at: (file: string) => Report): void {
  const said = new Set<string>();
  for (const { item } of files.topicFiles)
    for (const [role, facts] of Object.entries(item.facts)) if (facts.length) said.add(role);
  // forEach: a facts file with a broken fact has a hole at its index.
  for (const { item } of files.factFiles)
    item.facts.forEach((fact) => {
      if (!fact.draft) said.add(fact.role);
    });
  for (const { item, file } of files.roleFiles) {
    if (!said.has(item.id)) at(file)('id', `no facts for role "${item.id}": add some under facts/ or topics/`);
  }
}
