import type { RoleId } from '../knowledge/schema.ts';
import type { Concept, Lexicon } from './lexicon.ts';
import { stem, tokenize } from './normalize.ts';

export type Analysis = {
  concepts: Concept[];
  /** Content words the knowledge base does not know: many of them mean the question is about something else. */
  unknown: string[];
  corrections: Array<{ from: string; to: string }>;
};

/**
 * Reads a question as a sequence of concepts: roles, other jobs and topic terms, longest phrase first, after
 * correcting typos in words the knowledge base does not know.
 */
export function analyze(question: string, lexicon: Lexicon, correct: (word: string) => string | null): Analysis {
  const corrections: Analysis['corrections'] = [];
  const tokens = tokenize(question).map((word) => {
    const pattern = lexicon.patterns.find((p) => p.pattern.test(word));
    if (pattern) return pattern.term;
    if (lexicon.stopwords.has(word) || lexicon.stems.has(stem(word))) return stem(word);
    const fixed = correct(word);
    if (fixed === null) return stem(word);
    corrections.push({ from: word, to: fixed });
    return stem(fixed);
  });

  const concepts: Concept[] = [];
  const unknown: string[] = [];
  const phraseAt = (start: number): { concept: Concept; length: number } | null => {
    for (let length = Math.min(lexicon.maxPhraseWords, tokens.length - start); length > 0; length--) {
      const concept = lexicon.phrases.get(tokens.slice(start, start + length).join(' '));
      if (concept) return { concept, length };
    }
    return null;
  };
  const roleAt = (start: number): RoleId | null => {
    const hit = start < tokens.length ? phraseAt(start) : null;
    return hit?.concept.kind === 'role' ? hit.concept.role : null;
  };

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    // "case and care managers", "case/care manager": the first head word names a role of its own.
    const headRole = lexicon.heads.get(token);
    if (headRole) {
      const skip = lexicon.joiners.has(tokens[i + 1] ?? '') ? 2 : 1;
      const next = roleAt(i + skip);
      if (next && next !== headRole) {
        concepts.push({ kind: 'role', role: headRole });
        i += skip;
        continue;
      }
    }
    const hit = phraseAt(i);
    if (hit) {
      concepts.push(hit.concept);
      i += hit.length;
      continue;
    }
    if (lexicon.factWords.has(token)) concepts.push({ kind: 'fact-word', word: token });
    else if (!lexicon.stopwords.has(token) && !lexicon.joiners.has(token) && !/^\d+$/.test(token)) unknown.push(token);
    i += 1;
  }
  const lastRole = concepts.findLastIndex((c) => c.kind === 'role' || c.kind === 'both-roles');
  const meaningful = concepts.filter(
    (c, index) => !(c.kind === 'term' && index < lastRole && lexicon.auxiliaries.has(c.term)),
  );
  return { concepts: meaningful, unknown, corrections };
}
