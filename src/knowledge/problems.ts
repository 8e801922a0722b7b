/**
 * What is wrong with a knowledge folder, said so a keeper can fix it without reading code: each problem names the
 * file (with line and column for JSON syntax), the field, what was found and what is expected. Every problem of the
 * folder is gathered in one pass, so a keeper fixes them all before running the check again.
 */

export type Problem = {
  /** The file as messages show it (relative to where the command runs when inside it). */
  file: string;
  /** The field's path inside the file ("facts[2].quote"); empty for the whole file. */
  field: string;
  /** What was found and what is expected, in one sentence. */
  message: string;
  /** For JSON syntax: where the parser stopped, 1-based. */
  line?: number;
  column?: number;
  /** Further lines shown under the message (a quote's closest passage in its source). */
  details?: string[];
};

/** One problem on one line: `file:line:column: field: message`, as editors and terminals link it. */
export function problemLine(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** How many problems a one-line message (a start-up failure, a refused reload) names before "and N more". */
export const PROBLEMS_NAMED = 3;

/** The first few problems, and how many more a keeper finds with `npm run kb -- check`. */
export function problemsSummary(problems: readonly Problem[], named = PROBLEMS_NAMED): string {
  const shown = problems.slice(0, named).map(problemLine);
  const more = problems.length - shown.length;
  if (more > 0) shown.push(`and ${more} more problem${more === 1 ? '' : 's'} (npm run kb -- check lists them all)`);
  return shown.join('\n');
}

/**
 * A knowledge folder that cannot be used, with every problem found in it. `file` and `field` are the first
 * problem's, for logs that carry one place as fields.
 */
export class KnowledgeError extends Error {
  readonly file: string;
  readonly field: string;
  constructor(readonly problems: readonly Problem[]) {
    super(problemsSummary(problems));
    this.name = 'KnowledgeError';
    this.file = problems[0]?.file ?? '';
    this.field = problems[0]?.field ?? '';
  }
}

/** Records a problem of one file. */
export type Report = (field: string, message: string, more?: Pick<Problem, 'line' | 'column' | 'details'>) => void;

/** Where the problems of one load are gathered, file by file. */
export class Problems {
  readonly list: Problem[] = [];
  /** How problems of `file` (as shown) are recorded. */
  in(file: string): Report {
    return (field, message, more = {}) => {
      this.list.push({ file, field, message, ...more });
    };
  }
  get count(): number {
    return this.list.length;
  }
}

/** Quotes a value found in a file as it is written there, cut when long. */
export function shownValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Ids a message lists as the valid ones: all of them when few, the first ones and how many more when many. */
export function idList(ids: Iterable<string>, max = 12): string {
  const all = [...ids];
  if (all.length === 0) return '(none yet)';
  const shown = all.slice(0, max).map((id) => `"${id}"`);
  return all.length > max ? `${shown.join(', ')} and ${all.length - max} more` : shown.join(', ');
}
