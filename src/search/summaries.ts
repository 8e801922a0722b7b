import type { KnowledgeBase, TopicId } from '../knowledge/schema.ts';
import { analyze, WH_WORDS } from './analyze.ts';
import type { Lexicon } from './lexicon.ts';
import { tokenize } from './normalize.ts';

/**
 * A question a topic's summary says it answers, read through the lexicon: "who they work for" (the definition's) is
 * "who" with the term "setting" ("work for"). A question asked with the same question word and those terms asks what
 * that summary answers, whatever the terms' own topics: "who do care managers work for?" is the definition, not the
 * work setting, though "work for" alone speaks of a setting ("can case managers work for insurance companies").
 */
export type SummaryQuestion = { topic: TopicId; wh: string; terms: readonly string[] };

/** The summaries' clauses that open with a question word and name at least one term. */
export function summaryQuestions(
  kb: KnowledgeBase,
  lexicon: Lexicon,
  correct: (word: string) => string | null,
): SummaryQuestion[] {
  const found: SummaryQuestion[] = [];
  for (const topic of Object.values(kb.topics)) {
    // "What each role is, who they work for, and how they support patients": a clause between commas or after "and".
    for (const clause of topic.summary.split(/,|;|\band\b/)) {
      const wh = tokenize(clause)[0];
      if (wh === undefined || !WH_WORDS.has(wh)) continue;
      const terms = analyze(clause, lexicon, correct).concepts.flatMap((c) => (c.kind === 'term' ? [c.term] : []));
      if (terms.length > 0) found.push({ topic: topic.id, wh, terms: [...new Set(terms)] });
    }
  }
  return found;
}

/**
 * The summary question a message asks: its asking sentences' first question word is the clause's and the terms it
 * asks include all of the clause's (the one with the most terms when several fit), or undefined.
 */
export function summaryAsked(
  questions: readonly SummaryQuestion[],
  askingWords: readonly string[],
  asked: ReadonlySet<string>,
): SummaryQuestion | undefined {
  const wh = askingWords.find((word) => WH_WORDS.has(word));
  if (wh === undefined) return undefined;
  return questions
    .filter((q) => q.wh === wh && q.terms.every((term) => asked.has(term)))
    .sort((a, b) => b.terms.length - a.terms.length)[0];
}
