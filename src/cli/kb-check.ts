import { coverage, type TopicCoverage } from '../knowledge/coverage.ts';
import { overdueSources, reviewDue } from '../knowledge/dates.ts';
import { listDrafts, type Draft } from '../knowledge/drafts.ts';
import { inspectKnowledge, shownFolder, type Problem } from '../knowledge/load.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import { sectionsNotFound, type SectionNotFound } from '../knowledge/sections.ts';
import { nothingSaid } from '../search/answer.ts';
import { buildLexicon } from '../search/lexicon.ts';
import { derivedShortForms, type DerivedShortForm } from '../search/short-forms.ts';
import { unmatchablePhrases, type Unmatchable } from '../search/unmatchable.ts';
import { ownExamples, readQuestionsFile, selfTest, type SelfTest } from './kb-self-test.ts';

export type SourceStatus = {
  id: string;
  kind: string;
  title: string;
  local: boolean;
  date: string;
  reviewed: string;
  reviewer: string;
  due: string;
  /** Days past `due`; 0 when not overdue. */
  daysOverdue: number;
};

/** What `npm run kb -- check` found in a folder that loads: its `--json` output. */
export type CheckReport = {
  dir: string;
  roles: number;
  /** Each role's name by id, in list order, as the text output names them. */
  roleNames: Record<string, string>;
  topics: number;
  facts: number;
  sources: SourceStatus[];
  overdue: string[];
  drafts: Draft[];
  coverage: TopicCoverage[];
  /** Role and topic with neither facts nor a silent note, and what the bot would say there. */
  missing: Array<{ role: string; topic: string; says: string }>;
  /**
   * Silent notes shown beside the hospital's own facts for the same role and topic ("no salary figure" beside a pay
   * band): each may now be contradicted, unless one of those facts says `"answersSilent": true`.
   */
  silentBesideLocal: Array<{
    role: string;
    topic: string;
    silent: string;
    facts: Array<{ source: string; text: string }>;
  }>;
  /** The topics' and roles' example questions, and the `--questions` file's, answered by the matcher. */
  selfTest: SelfTest;
  /** What is wrong with the `--questions` file itself (its questions are then not asked). */
  questionProblems: string[];
  /** Aliases, organisations and topic terms no question can match as written, and why (warnings). */
  unmatchable: Unmatchable[];
  /** The short forms derived from each role's aliases ("HFN", "HF"), which no file writes, and how each is read. */
  shortForms: DerivedShortForm[];
  /** Facts whose `section` their source's text does not contain: the card cites a heading a reader cannot find (warnings). */
  sectionsNotFound: SectionNotFound[];
};

function sourceStatus(kb: KnowledgeBase, today: Date): SourceStatus[] {
  const late = new Map(overdueSources(kb.sources, today).map((o) => [o.source.id, o.daysOverdue]));
  return Object.values(kb.sources)
    .sort((a, b) => Number(b.local) - Number(a.local) || a.id.localeCompare(b.id))
    .map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      local: s.local,
      date: s.date,
      reviewed: s.reviewed,
      reviewer: s.reviewer,
      due: reviewDue(s),
      daysOverdue: late.get(s.id) ?? 0,
    }));
}

/** A folder that does not load: every problem found, file by file (the `--json` output). */
export type CheckFailure = { valid: false; dir: string; problems: Problem[] };

/** Loads and checks the folder, then reports freshness, drafts and coverage; or every problem that stops the load. */
export function checkKnowledge(
  dir: string,
  today: Date,
  questionsFile?: string,
): ({ valid: true } & CheckReport) | CheckFailure {
  const { kb, problems } = inspectKnowledge(dir);
  if (kb === null) return { valid: false, dir: shownFolder(dir), problems };
  const own = questionsFile ? readQuestionsFile(questionsFile, kb) : { expectations: [], problems: [] };
  const table = coverage(kb);
  const sources = sourceStatus(kb, today);
  const missing = table.flatMap((row) =>
    kb.roleOrder
      .filter((role) => row.cells[role]!.missing)
      .map((role) => ({ role, topic: row.topic, says: nothingSaid(kb, row.topic, role) })),
  );
  const silentBesideLocal = kb.topicOrder.flatMap((topic) =>
    Object.entries(kb.topics[topic]!.silent).flatMap(([role, silent]) => {
      const local = (kb.topics[topic]!.facts[role] ?? []).filter((f) => f.local && !f.ofTopic);
      return local.length
        ? [{ role, topic, silent, facts: local.map((f) => ({ source: f.source, text: f.text })) }]
        : [];
    }),
  );
  const lexicon = buildLexicon(kb);
  const facts = Object.values(kb.topics).reduce(
    (n, t) => n + Object.values(t.facts).reduce((m, list) => m + list.length, 0),
    0,
  );
  return {
    valid: true,
    dir: shownFolder(dir),
    roles: kb.roleOrder.length,
    roleNames: Object.fromEntries(kb.roleOrder.map((id) => [id, kb.roles[id]!.name])),
    topics: kb.topicOrder.length,
    facts,
    sources,
    overdue: sources.filter((s) => s.daysOverdue > 0).map((s) => s.id),
    drafts: listDrafts(dir),
    coverage: table,
    missing,
    silentBesideLocal,
    selfTest: selfTest(kb, [...ownExamples(kb), ...own.expectations]),
    questionProblems: own.problems,
    unmatchable: unmatchablePhrases(kb, lexicon),
    shortForms: derivedShortForms(kb, lexicon),
    sectionsNotFound: sectionsNotFound(dir, kb),
  };
}
