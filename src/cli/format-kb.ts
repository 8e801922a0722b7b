import type { TopicCoverage } from '../knowledge/coverage.ts';
import type { Problem } from '../knowledge/problems.ts';
import type { CheckFailure, CheckReport } from './kb-check.ts';
import type { DerivedShortForm } from '../search/short-forms.ts';
import type { Unmatchable } from '../search/unmatchable.ts';
import type { SectionNotFound } from '../knowledge/sections.ts';

/** The terminal width the check's output is laid out for. */
const WIDTH = 100;
/** A role's column in the coverage table: wide enough for "12 (3 ours)"; a longer name goes on more lines. */
const CELL_WIDTH = 14;
/** The first column, topic titles. */
const TOPIC_WIDTH = 30;
/** The column of the short forms kb check lists ("RNCM", "geriatric CM" runs past it). */
const SHORT_FORM_WIDTH = 6;
/** Draft texts are cut to this in the list; the whole text is in the file. */
const DRAFT_CHARS = WIDTH - 8;

const clip = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function sourceLines(report: CheckReport): string[] {
  return report.sources.flatMap((s) => [
    clip(`  ${s.id}: “${s.title}”`, WIDTH),
    clip(`      ${s.kind}${s.local ? ' (our own)' : ''}, of ${s.date}; reviewed ${s.reviewed} by ${s.reviewer}`, WIDTH),
    `      review due ${s.due}${s.daysOverdue > 0 ? `  ⚠ OVERDUE by ${plural(s.daysOverdue, 'day')}` : ''}`,
  ]);
}

function draftLines(report: CheckReport): string[] {
  if (report.drafts.length === 0) return ['  (none)'];
  return report.drafts.flatMap((d) => [
    clip(`  ${d.file} facts[${d.index}]`, WIDTH),
    clip(
      `      ${d.role} × ${d.topic}${d.added ? `, added ${d.added}` : ''}${d.author ? ` by ${d.author}` : ''}`,
      WIDTH,
    ),
    `      “${clip(d.text.replace(/\s+/g, ' '), DRAFT_CHARS)}”`,
  ]);
}

function cellText(row: TopicCoverage, role: string): string {
  if (role === 'both')
    return row.shared.facts === 0 ? '' : `${row.shared.facts}${row.shared.local ? ` (${row.shared.local} ours)` : ''}`;
  const cell = row.cells[role]!;
  if (cell.missing) return 'MISSING';
  if (cell.facts === 0) return 'silent';
  return `${cell.facts}${cell.local ? ` (${cell.local} ours)` : ''}${cell.silent ? ' +s' : ''}`;
}

/** A column's width: CELL_WIDTH, or the longest word of its heading ("Anesthesiologist"), which is never cut. */
const columnWidth = (heading: string) => Math.max(CELL_WIDTH, ...heading.split(' ').map((word) => word.length));

/** Columns in groups that fit the width, each group one table: any number of roles stays readable. */
function columnGroups(headings: string[]): number[][] {
  const groups: number[][] = [];
  let used = Infinity;
  headings.forEach((heading, i) => {
    const width = columnWidth(heading) + 2;
    if (used + width > WIDTH - TOPIC_WIDTH) {
      groups.push([]);
      used = 0;
    }
    groups.at(-1)!.push(i);
    used += width;
  });
  return groups;
}

function coverageLines(report: CheckReport, names: Record<string, string>): string[] {
  const hasShared = report.coverage.some((row) => row.shared.facts > 0);
  const columns = [...Object.keys(report.coverage[0]?.cells ?? {}), ...(hasShared ? ['both'] : [])];
  const headings = columns.map((c) => (c === 'both' ? 'Both (shared)' : (names[c] ?? c)));
  const lines: string[] = [];
  for (const group of columnGroups(headings)) {
    const widths = group.map((i) => columnWidth(headings[i]!));
    // A role's name is wrapped at its spaces, never cut: "Transplant nurse coordinator" on three lines.
    const heads = group.map((i, k) => wrap(headings[i]!, widths[k]!));
    const height = Math.max(...heads.map((head) => head.length));
    const row = (cells: string[]) => cells.map((cell, k) => cell.padEnd(widths[k]!)).join('  ');
    for (let line = 0; line < height; line++)
      lines.push(`  ${''.padEnd(TOPIC_WIDTH)}${row(heads.map((h) => h[line] ?? ''))}`.trimEnd());
    for (const topic of report.coverage) {
      const cells = group.map((i) => cellText(topic, columns[i]!));
      lines.push(`  ${clip(topic.title, TOPIC_WIDTH - 1).padEnd(TOPIC_WIDTH)}${row(cells)}`.trimEnd());
    }
    lines.push('');
  }
  lines.push("  n: facts for the role, (k ours) from the hospital's own sources. silent, +s: a note says what the");
  lines.push('  sources do not say. MISSING: neither, so the bot says no source says anything.');
  if (hasShared) lines.push(...wrap(sharedLegend(names), WIDTH - 2).map((line) => `  ${line}`));
  return lines;
}

/** What the "Both (shared)" column counts: the main pair (the first two roles, knowledge.json) and no other role. */
function sharedLegend(names: Record<string, string>): string {
  const [first, second] = Object.values(names);
  return `Both (shared): facts the topic files write under "both", which the main pair (${first} and ${second}, knowledge.json) share: shown in an answer about one or both of them, beside their own column's; never in one that names another role.`;
}

function silentLines(report: CheckReport, names: Record<string, string>): string[] {
  return report.coverage.flatMap((row) =>
    Object.entries(row.cells)
      .filter(([, cell]) => cell.silent !== null)
      .map(([role, cell]) => clip(`  ${names[role] ?? role} × ${row.title}: ${cell.silent}`, WIDTH)),
  );
}

/** How a derived short form is read, in a keeper's words. */
function readingText(form: DerivedShortForm, names: Record<string, string>): string {
  const name = (id: string) => names[id] ?? id;
  switch (form.read) {
    case 'role':
      return '';
    case 'shared': {
      const others = (form.roles ?? []).filter((id) => id !== form.role).map(name);
      return `; ${others.join(', ')}'s too`;
    }
    case 'capitals':
      return `; only typed in capitals ("${form.form}"): the lists read "${form.form.toLowerCase()}" otherwise`;
    default:
      return form.roles?.length
        ? `; never this role's: ${name(form.roles[0]!)} has it as an alias`
        : '; never read: the lists read these words otherwise';
  }
}

/** Each role's derived short forms, one a line under the role, with the aliases each comes from and how it is read. */
function shortFormLines(report: CheckReport, names: Record<string, string>): string[] {
  if (report.shortForms.length === 0) return ['  (none)'];
  const lines: string[] = [];
  let role = '';
  for (const form of report.shortForms) {
    if (form.role !== role) lines.push(`  ${names[form.role] ?? form.role}`);
    role = form.role;
    const from = form.from.map((alias) => `"${alias}"`).join(', ');
    const also = form.alsoJob ? `; ⚠ also "${form.alsoJob}" (below)` : '';
    const [first, ...more] = wrap(
      `${form.form.padEnd(SHORT_FORM_WIDTH)} from ${from}${readingText(form, names)}${also}`,
      WIDTH - 6,
    );
    lines.push(`      ${first}`, ...more.map((line) => `        ${line}`));
  }
  lines.push(
    '  A form two roles share is the one set against it ("CM vs care manager"), else the thread\'s role,',
    "  else both. A form listed as an alias of one role is that role's alone, and not listed here;",
    '  one listed in the role\'s "noShortForms" is not derived.',
  );
  return lines;
}

const described = (topic: string | null, roles: readonly string[] | undefined) =>
  topic === null ? 'declined' : `${topic}${roles?.length ? ` for ${roles.join(', ')}` : ''}`;

/** The self-test: how many questions landed, and each miss with what it got and the words that counted. */
function selfTestLines(report: CheckReport): string[] {
  const { asked, passed, missed } = report.selfTest;
  const lines = [`Self-test: ${passed} of ${plural(asked, 'question')} land on their topic and roles`];
  lines.push("  (each topic's ask.examples, each role's examples, and --questions FILE)");
  for (const problem of report.questionProblems) {
    const [first, ...more] = wrap(problem, WIDTH - 4);
    lines.push(`✗ ${first}`, ...more.map((line) => `    ${line}`));
  }
  for (const miss of missed) {
    const got =
      miss.got.kind === 'answer'
        ? described(miss.got.topic, miss.got.roles)
        : miss.got.kind === 'declined'
          ? 'declined'
          : 'small talk';
    lines.push(
      clip(`✗ “${miss.question}”  (${miss.from})`, WIDTH),
      clip(`    expected ${described(miss.topic, miss.roles)}; got ${got}`, WIDTH),
      ...wrap(`words that counted: ${miss.why}`, WIDTH - 4).map((line) => `    ${line}`),
    );
  }
  return lines;
}

/** A long line broken at spaces into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : clip(word, width);
  }
  return line ? [...lines, line] : lines;
}

/** The check's last line: valid or not is the load; the warnings and misses are counted beside it. */
function verdict(report: CheckReport, overdue: number): string {
  const missed = report.selfTest.missed.length + report.questionProblems.length;
  const warnings =
    overdue || report.missing.length
      ? `with ${plural(overdue, 'source')} overdue for review and ${plural(report.missing.length, 'missing cell')} (warnings: the app still loads it)`
      : 'nothing overdue, nothing missing';
  const valid = overdue || report.missing.length ? `Valid, ${warnings}.` : 'Valid, nothing overdue, nothing missing.';
  if (missed === 0) return valid;
  return `${valid}\n✗ ${plural(missed, 'self-test problem')} (above): the app loads the folder, but the check fails.`;
}

/** The check as people read it in a terminal, laid out for WIDTH columns. */
export function formatCheckText(report: CheckReport): string {
  const names = report.roleNames;
  const overdue = report.sources.filter((s) => s.daysOverdue > 0);
  const lines = [
    `✓ ${report.dir}: valid: ${plural(report.roles, 'role')}, ${plural(report.topics, 'topic')}, ${plural(report.sources.length, 'source')}, ${plural(report.facts, 'fact')}`,
    '',
    'Sources',
    ...sourceLines(report),
    '',
    `Drafts waiting for review (not answered with until a person removes "draft")`,
    ...draftLines(report),
    '',
    'Coverage: facts per role and topic',
    ...coverageLines(report, names),
    '',
    'Silent notes',
    ...(silentLines(report, names).length ? silentLines(report, names) : ['  (none)']),
    '',
    'Short forms derived from the aliases (no file writes them; each names its role in a question)',
    ...shortFormLines(report, names),
    '',
    ...warningLines(report, overdue),
    '',
    ...selfTestLines(report),
    '',
    verdict(report, overdue.length),
  ];
  return lines.join('\n');
}

/** The check's warnings, each with what to do about it. */
function warningLines(report: CheckReport, overdue: readonly CheckReport['sources'][number][]): string[] {
  const names = report.roleNames;
  return [
    ...report.silentBesideLocal.flatMap((n) => [
      clip(`⚠ SILENT NOTE beside our own fact: ${names[n.role] ?? n.role} × ${n.topic} still says`, WIDTH),
      clip(`    “${n.silent}”`, WIDTH),
      ...n.facts.map((f) => clip(`    beside ${f.source}: “${f.text}”`, WIDTH)),
      '    If the fact says what the note says no source does, add "answersSilent": true to it.',
    ]),
    ...report.missing.flatMap((m) => [
      clip(`⚠ MISSING ${names[m.role] ?? m.role} × ${m.topic}: add a fact or a silent note; the bot would say`, WIDTH),
      clip(`    “${m.says}”`, WIDTH),
    ]),
    ...overdue.flatMap((s) => [
      `⚠ OVERDUE ${s.id}: review was due ${s.due}.`,
      '    Once its facts are checked, set "reviewed" and "reviewer" in its file.',
    ]),
    ...(report.drafts.length ? [`• ${plural(report.drafts.length, 'draft')} waiting for review`] : []),
    ...report.sectionsNotFound.flatMap((s) => [
      clip(`⚠ ${sectionWarning(s)} ${s.file} facts[${s.index}].section:`, WIDTH),
      ...wrap(sectionAdvice(s), WIDTH - 4).map((l) => `    ${l}`),
    ]),
    ...report.shortForms.flatMap((f) =>
      f.alsoJob
        ? [
            clip(`⚠ ALSO MEANS roles/${f.role}.json short form "${f.form}" (derived, no file writes it):`, WIDTH),
            ...wrap(
              `it is also the initials of "${f.alsoJob}", another job (language.json otherJobs), and read as this role it takes that job's questions: if people here do not write it for this role, add "noShortForms": ["${f.form}"] to the role's file.`,
              WIDTH - 4,
            ).map((l) => `    ${l}`),
          ]
        : [],
    ),
    ...report.unmatchable.flatMap((u) => [
      clip(`⚠ ${warningOf(u)} ${u.file} ${u.field} "${u.phrase}":`, WIDTH),
      ...wrap(u.why, WIDTH - 4).map((l) => `    ${l}`),
    ]),
  ];
}

/** How kb check heads a warning about a fact's section. */
const sectionWarning = (s: SectionNotFound) =>
  s.why === 'not-a-heading' ? 'SECTION NOT A HEADING' : 'SECTION NOT IN SOURCE';

/** What is wrong with a fact's section, and what to write instead. */
function sectionAdvice(s: SectionNotFound): string {
  if (s.why === 'not-in-text')
    return `"${s.section}" is not in the text of "${s.source}"${s.closest ? ` (closest heading: "${s.closest}")` : ''}, and cards cite it as written: copy the heading as the source writes it.`;
  return `"${s.section}" is in the text of "${s.source}", but on no line of its own: cards cite it as the heading to look under${s.closest ? `; the heading above the quote is "${s.closest}"` : ''}. Copy the heading the quote comes under.`;
}

/** One problem under its file's heading: where in the file, what was found and what is expected. */
function problemLines(problem: Problem): string[] {
  const at = problem.line === undefined ? '' : `line ${problem.line}, column ${problem.column ?? 1}: `;
  const field = problem.field ? `${problem.field}: ` : '';
  return [`  ✗ ${at}${field}${problem.message}`, ...(problem.details ?? []).map((line) => `      ${line}`)];
}

/** Every problem of a folder that does not load, grouped by file, in the order they were found. */
export function formatProblemsText(failure: CheckFailure): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of failure.problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines = [
    `✗ The knowledge folder does not load: ${plural(failure.problems.length, 'problem')} in ${plural(byFile.size, 'file')}.`,
  ];
  for (const [file, problems] of byFile) lines.push('', file, ...problems.flatMap(problemLines));
  lines.push(
    '',
    `Fix them all, then run the check again. The running app keeps answering from the last version that loaded.`,
  );
  return lines.join('\n');
}

/** How kb check heads a warning about an alias or term. */
const warningOf = (u: Unmatchable) => (u.tooMuch ? 'MATCHES TOO MUCH' : u.alsoMeans ? 'ALSO MEANS' : 'NEVER MATCHED');
